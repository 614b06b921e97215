package vn.ntm.portal.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.ntm.portal.web.SecurityHeaders;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Public site security: CSRF tokens on every state change (kept in a cookie so anonymous readers
 * need no server session), and security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation per security filter and per authorisation: with a registry present, Spring Security wraps
     * each of the chain's filters in an observation, a cost on every request for metrics nobody reads
     * ({@code management.observations.enable.spring.security=false} only silences them, the wrappers stay).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        var repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
        return repository;
    }

    @Bean
    XorCsrfTokenRequestAttributeHandler csrfTokenHandler() {
        // tokens in pages stay masked against BREACH, with a generator per thread instead of one shared lock
        var handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    @Bean
    SecurityFilterChain publicSite(HttpSecurity http, CookieCsrfTokenRepository csrfRepository,
                                   XorCsrfTokenRequestAttributeHandler tokenHandler) throws Exception {
        http
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.csrfTokenRepository(csrfRepository).csrfTokenRequestHandler(tokenHandler))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.sameOrigin())
                        .permissionsPolicyHeader(p -> p.policy(SecurityHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }
}
