package vn.ntm.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.stereotype.Component;

/**
 * The CSRF token for a form, from the same repository and masking handler the security filters
 * use, for a module that renders a page before those filters run.
 */
@Component
public class CsrfTokens {

    private final CsrfTokenRepository repository;
    private final CsrfTokenRequestHandler handler;

    CsrfTokens(CsrfTokenRepository repository, CsrfTokenRequestHandler handler) {
        this.repository = repository;
        this.handler = handler;
    }

    /** A masked token for this response; issues the token cookie when the visitor has none. */
    public CsrfToken token(HttpServletRequest request, HttpServletResponse response) {
        var deferred = repository.loadDeferredToken(request, response);
        handler.handle(request, response, deferred::get);
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
