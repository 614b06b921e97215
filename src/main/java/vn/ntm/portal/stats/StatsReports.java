package vn.ntm.portal.stats;

import java.time.LocalDate;

/** Reports of visitor statistics for the public page and the back office. */
public interface StatsReports {

    /**
     * The report of a range; results are reused for a short time on this node, and at most a few
     * are computed at once.
     *
     * @throws vn.ntm.portal.web.UserInputException 429 when too many reports are being computed
     */
    StatsReport report(StatsRange range, boolean detailed);

    /** The first day that has statistics (today when none). */
    LocalDate firstDay();

    /** Today in Vietnam. */
    LocalDate today();
}
