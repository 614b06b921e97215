package vn.ntm.portal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** The client address of a sign-in. */
public record SignInDetails(String ip) implements Serializable {

    static SignInDetails of(HttpServletRequest request) {
        return new SignInDetails(request.getRemoteAddr());
    }
}
