package vn.ntm.portal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** The address of a sign-in and the two-step code typed with it (empty when none). */
public record SignInDetails(String ip, String code) implements Serializable {

    static SignInDetails of(HttpServletRequest request) {
        String code = request.getParameter("code");
        return new SignInDetails(request.getRemoteAddr(), code == null ? "" : code.strip());
    }
}
