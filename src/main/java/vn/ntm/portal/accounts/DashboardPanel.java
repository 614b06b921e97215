package vn.ntm.portal.accounts;

import gg.jte.Content;

/**
 * A panel of the back-office dashboard ({@code /quan-tri}), contributed by a module as a Spring bean
 * (e.g. "my drafts", "waiting for review"). Panels show in {@link #order()}; a panel with nothing to
 * show for this user returns {@code null} and is left out.
 */
public interface DashboardPanel {

    int order();

    /** The panel's HTML (a {@code <section>} with its own heading level 2), or {@code null}. */
    Content render(CurrentUser user);
}
