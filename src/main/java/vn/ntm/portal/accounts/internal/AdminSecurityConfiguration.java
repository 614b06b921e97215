package vn.ntm.portal.accounts.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.SecurityHeaders;

/**
 * The back office's security, a filter chain ahead of the public one: form sign-in at
 * {@code /dang-nhap} with a second step at {@code /dang-nhap/xac-thuc-hai-buoc} for users who enrolled
 * in two-step verification, sessions in PostgreSQL (Spring Session JDBC) renewed at sign-in, CSRF tokens kept
 * in the session, the public site's security headers, and role checks on every back-office URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AdminSecurityConfiguration {

    static final String SIGN_IN = "/dang-nhap";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix so stored hashes can move to another algorithm later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain backOffice(HttpSecurity http, UserStore users, SignInGuard guard, PasswordEncoder encoder,
                                   XorCsrfTokenRequestAttributeHandler tokenHandler, AuditApi audit,
                                   @Value("${ntm.accounts.totp-required-for-admins:false}") boolean totpRequiredForAdmins) throws Exception {
        var requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/quan-tri/**"));
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/quan-tri");
        success.setRequestCache(requestCache);
        // both steps of a sign-in end here: audited, then back to the screen asked for (or the dashboard)
        AuthenticationSuccessHandler signedIn = (request, response, authentication) -> {
            // a step left pending by an earlier attempt must not outlive a completed sign-in
            PendingSecondStep.clear(request);
            if (authentication.getPrincipal() instanceof AccountUser user) {
                audit.record("sign-in", "user", String.valueOf(user.id()), null, null);
            }
            success.onAuthenticationSuccess(request, response, authentication);
        };
        var secondStep = new SecondStepFilter(new SecondStepProvider(users, guard), signedIn, (request, response, e) -> {
            Optional<PendingSecondStep> pending = PendingSecondStep.of(request);
            if (e instanceof BadCredentialsException && pending.isPresent()) {
                PendingSecondStep next = pending.get().withFailedAttempt();
                if (next.attempts() < SignInGuard.MAX_FAILURES) {
                    next.store(request);
                    response.sendRedirect(PendingSecondStep.PAGE + "?loi=ma");
                    return;
                }
            }
            PendingSecondStep.clear(request);
            String code = e instanceof SecondStepExpired || e instanceof BadCredentialsException ? "het-han" : failureCode(e);
            if (code.equals("khoa")) {
                audit.record("sign-in.locked", "user", null, null,
                        Map.of("login", pending.map(PendingSecondStep::username).orElse("")));
            }
            response.sendRedirect(SIGN_IN + "?loi=" + code);
        });
        http
                .securityMatcher("/quan-tri", "/quan-tri/**", SIGN_IN, PendingSecondStep.PAGE, "/dang-xuat", "/quen-mat-khau", "/quen-mat-khau/**")
                .authenticationProvider(new SignInProvider(users, guard, encoder))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(SIGN_IN, PendingSecondStep.PAGE, "/quen-mat-khau", "/quen-mat-khau/**").permitAll()
                        .requestMatchers("/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/**", "/quan-tri/nhat-ky", "/quan-tri/nhat-ky/**")
                        .hasRole(Roles.ADMIN)
                        .requestMatchers("/quan-tri/doi-mat-khau", "/quan-tri/tai-khoan", "/quan-tri/tai-khoan/**", "/quan-tri/phien/**")
                        .authenticated()
                        .requestMatchers("/quan-tri", "/quan-tri/**").access(anyRole())
                        .anyRequest().permitAll())
                .formLogin(f -> f
                        .loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails::of)
                        .successHandler(signedIn)
                        .failureHandler((request, response, e) -> {
                            if (e instanceof SecondStepRequired required) {
                                // a new session id for the pending step too, as for a sign-in
                                request.changeSessionId();
                                new PendingSecondStep(required.userId(), required.username(), Instant.now(), 0).store(request);
                                response.sendRedirect(PendingSecondStep.PAGE);
                                return;
                            }
                            String code = failureCode(e);
                            if (code.equals("khoa")) {
                                audit.record("sign-in.locked", "user", null, null, Map.of("login", String.valueOf(request.getParameter("login"))));
                            }
                            response.sendRedirect(SIGN_IN + "?loi=" + code);
                        })
                        .permitAll())
                .logout(l -> l
                        .logoutUrl("/dang-xuat")
                        .logoutSuccessUrl(SIGN_IN + "?da-dang-xuat")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                .with(new SecondStepConfigurer(secondStep), c -> {
                })
                .requestCache(r -> r.requestCache(requestCache))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository()).csrfTokenRequestHandler(tokenHandler))
                .addFilterAfter(new RequiredStepsFilter(totpRequiredForAdmins), AuthorizationFilter.class)
                .httpBasic(b -> b.disable())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.sameOrigin())
                        .permissionsPolicyHeader(p -> p.policy(SecurityHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }

    /** The sign-in page for screens; a bare 401 for the keep-alive calls made by scripts. */
    private static AuthenticationEntryPoint entryPoint() {
        var signIn = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
        var scripts = PathPatternRequestMatcher.withDefaults().matcher("/quan-tri/phien/**");
        return (request, response, e) -> {
            if (scripts.matches(request)) {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else {
                signIn.commence(request, response, e);
            }
        };
    }

    /** Signed in and holding at least one role; each screen then checks its own role. */
    private static AuthorizationManager<RequestAuthorizationContext> anyRole() {
        return (auth, ctx) -> {
            Authentication a = auth.get();
            boolean ok = a != null && a.isAuthenticated() && a.getPrincipal() instanceof AccountUser user && !user.roles().isEmpty();
            return new AuthorizationDecision(ok);
        };
    }

    static String failureCode(Exception e) {
        if (e instanceof LockedException) {
            return "khoa";
        }
        if (e instanceof DisabledException) {
            return "vo-hieu";
        }
        return "sai";
    }
}
