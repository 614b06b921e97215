package vn.ntm.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ntm.portal.accounts.Roles;

class RequiredStepsFilterTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void administratorsWithoutTwoStepAreSentToEnrolWhenItIsMandatory() throws Exception {
        signIn(Set.of(Roles.ADMIN), false, null);
        assertThat(run(true, "/quan-tri/nguoi-dung")).isEqualTo(RequiredStepsFilter.TWO_STEP);
        assertThat(run(true, RequiredStepsFilter.TWO_STEP)).as("the enrolment page itself").isNull();
        assertThat(run(true, "/quan-tri/phien/duy-tri")).as("keep-alive calls").isNull();
        assertThat(run(false, "/quan-tri/nguoi-dung")).as("setting off").isNull();
    }

    @Test
    void enrolledAdministratorsAndOtherRolesPass() throws Exception {
        signIn(Set.of(Roles.ADMIN), false, "JBSWY3DPEHPK3PXP");
        assertThat(run(true, "/quan-tri")).isNull();
        signIn(Set.of(Roles.EDITOR), false, null);
        assertThat(run(true, "/quan-tri")).isNull();
    }

    @Test
    void aPasswordToChangeComesFirst() throws Exception {
        signIn(Set.of(Roles.ADMIN), true, null);
        assertThat(run(true, "/quan-tri")).isEqualTo(RequiredStepsFilter.CHANGE_PASSWORD);
        assertThat(run(true, RequiredStepsFilter.TWO_STEP)).isEqualTo(RequiredStepsFilter.CHANGE_PASSWORD);
        assertThat(run(true, RequiredStepsFilter.CHANGE_PASSWORD)).isNull();
    }

    private static void signIn(Set<String> roles, boolean mustChange, String totp) {
        AccountUser user = new AccountUser(new UserRow(1, "u", "u@x", "U", null, true, mustChange, totp, roles));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Where the filter redirected, or null when it let the request through. */
    private static String run(boolean totpRequired, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new RequiredStepsFilter(totpRequired).doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            return null;
        }
        return response.getRedirectedUrl();
    }
}
