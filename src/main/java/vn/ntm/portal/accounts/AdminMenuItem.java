package vn.ntm.portal.accounts;

import java.util.Set;

/**
 * A link in the back-office left menu, shown to users holding any of {@code roles} (to every signed-in
 * user when empty). Contribute only links to screens that exist.
 */
public record AdminMenuItem(String href, String label, int order, Set<String> roles) {
}
