package vn.ntm.portal.accounts.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The two-step code typed for a pending sign-in, before it is checked. */
final class SecondStepToken extends AbstractAuthenticationToken {

    private final PendingSecondStep pending;
    private final String ip;
    private String code;

    SecondStepToken(PendingSecondStep pending, String code, String ip) {
        super(List.of());
        this.pending = pending;
        this.code = code;
        this.ip = ip;
        setAuthenticated(false);
    }

    PendingSecondStep pending() {
        return pending;
    }

    String ip() {
        return ip;
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return pending.username();
    }

    @Override
    public void eraseCredentials() {
        code = null;
    }
}
