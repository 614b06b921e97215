package vn.ntm.portal.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /quan-tri/phien/duy-tri}: "keep me signed in". Passing through the session filter is what
 * extends the session; the answer is the time it now has left. The matching status read, which does
 * not extend it, is {@code KeepAliveStatusFilter}.
 */
@RestController
class KeepAliveController {

    @PostMapping("/quan-tri/phien/duy-tri")
    Map<String, Object> keepAlive(HttpSession session) {
        return Map.of("signedIn", true, "remaining", session.getMaxInactiveInterval());
    }
}
