package vn.ntm.portal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Processes {@code POST /dang-nhap/xac-thuc-hai-buoc} with a well-formed six-digit code: a sign-in
 * filter like the form sign-in's, so success goes through the same steps (new session id, security
 * context saved, the same success handler). Anything else at that address (a malformed code) is left
 * to the page's controller, which answers 400.
 */
final class SecondStepFilter extends AbstractAuthenticationProcessingFilter {

    private static final PathPatternRequestMatcher PAGE =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PendingSecondStep.PAGE);

    SecondStepFilter(SecondStepProvider provider, AuthenticationSuccessHandler success, AuthenticationFailureHandler failure) {
        super(request -> PAGE.matches(request) && wellFormed(request.getParameter("code")));
        setAuthenticationManager(new ProviderManager(provider));
        setAuthenticationSuccessHandler(success);
        setAuthenticationFailureHandler(failure);
    }

    static boolean wellFormed(String code) {
        return code != null && code.strip().matches("\\d{6}");
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        PendingSecondStep pending = PendingSecondStep.of(request).filter(p -> !p.expired(Instant.now()))
                .orElseThrow(SecondStepExpired::new);
        SecondStepToken token = new SecondStepToken(pending, request.getParameter("code").strip(), request.getRemoteAddr());
        token.setDetails(new SignInDetails(request.getRemoteAddr()));
        return getAuthenticationManager().authenticate(token);
    }

    @Override
    protected void successfulAuthentication(HttpServletRequest request, HttpServletResponse response, jakarta.servlet.FilterChain chain,
                                            Authentication authResult) throws java.io.IOException, jakarta.servlet.ServletException {
        PendingSecondStep.clear(request);
        super.successfulAuthentication(request, response, chain, authResult);
    }
}
