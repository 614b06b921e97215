package vn.ntm.portal.stats;

import java.util.List;
import java.util.Optional;

/**
 * The address ranges not counted in visitor statistics. Changes apply on this node at once and on the
 * other nodes within {@code ntm.stats.exclusions-refresh} (5 s). Callers audit the change in the same
 * transaction (the writes join the caller's transaction).
 */
public interface StatsExclusions {

    List<ExcludedRange> list();

    /**
     * Adds a range, given as "203.0.113.0/24", a single address, or IPv6 ("2001:db8::/48").
     *
     * @throws vn.ntm.portal.web.UserInputException 400 for an unreadable range, 409 when it is already excluded
     */
    ExcludedRange add(String cidr, String note, String createdBy);

    /** Removes a range; empty when there is no such range. */
    Optional<ExcludedRange> remove(long id);

    /** Re-reads the ranges into this node's memory (after the caller's transaction committed). */
    void refresh();

    /** True when statistics ignore requests from this client address. */
    boolean excluded(String ip);
}
