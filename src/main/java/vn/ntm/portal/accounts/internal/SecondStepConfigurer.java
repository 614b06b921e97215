package vn.ntm.portal.accounts.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Adds the {@link SecondStepFilter} after the form sign-in, with the chain's own session strategy
 * (session id renewed, CSRF token replaced) and security-context repository, as Spring Security
 * gives them to its form sign-in.
 */
final class SecondStepConfigurer extends AbstractHttpConfigurer<SecondStepConfigurer, HttpSecurity> {

    private final SecondStepFilter filter;

    SecondStepConfigurer(SecondStepFilter filter) {
        this.filter = filter;
    }

    @Override
    public void configure(HttpSecurity http) {
        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (sessions == null) {
            // without it the session id would not be renewed at sign-in
            throw new IllegalStateException("no session authentication strategy in the chain");
        }
        filter.setSessionAuthenticationStrategy(sessions);
        SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
        filter.setSecurityContextRepository(contexts != null ? contexts
                : new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        http.addFilterAfter(filter, UsernamePasswordAuthenticationFilter.class);
    }
}
