package vn.ntm.portal.accounts.internal;

import java.util.Set;

/** A row of {@code app_user} with its role codes. */
public record UserRow(long id, String username, String email, String displayName, String passwordHash,
                      boolean enabled, boolean mustChangePassword, String totpSecret, Set<String> roles) {

    public boolean totpEnabled() {
        return totpSecret != null;
    }
}
