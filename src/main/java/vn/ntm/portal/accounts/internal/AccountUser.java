package vn.ntm.portal.accounts.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.ntm.portal.accounts.CurrentUser;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.audit.Actor;

/**
 * The security principal, kept (serialised) in the JDBC session. The password hash is erased after
 * sign-in, so the session store never holds it.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Actor {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Set<String> roles;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final boolean totpEnabled;
    private String passwordHash;

    public AccountUser(UserRow row) {
        this(row.id(), row.username(), row.displayName(), row.roles(), row.enabled(), row.mustChangePassword(),
                row.totpEnabled(), row.passwordHash());
    }

    private AccountUser(long id, String username, String displayName, Set<String> roles, boolean enabled,
                        boolean mustChangePassword, boolean totpEnabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.totpEnabled = totpEnabled;
        this.passwordHash = passwordHash;
    }

    /** The same user after a password change. */
    public AccountUser withPasswordChanged() {
        return new AccountUser(id, username, displayName, roles, enabled, false, totpEnabled, null);
    }

    /** The same user after enrolling in (or leaving) two-step verification. */
    public AccountUser withTotp(boolean enabled) {
        return new AccountUser(id, username, displayName, roles, this.enabled, mustChangePassword, enabled, null);
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public CurrentUser current() {
        return new CurrentUser(id, username, displayName, roles);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public long actorId() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(Roles.authority(r))).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
