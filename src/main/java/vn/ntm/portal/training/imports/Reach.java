package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * Anonymous reach of one session on one platform. Counted in <em>lượt</em> (visits), never in people: one person
 * watching twice is two visits, and these figures are never added to identified attendance. Any figure is null when
 * the platform's file does not give it (peak and average concurrent viewers of livestreams are entered by hand).
 *
 * @param views visits (Zoom: join rows of attendees and "Other Attended"; YouTube: views; Facebook: views, or
 *              3-second views for videos)
 * @param peakConcurrent most visits at the same moment
 * @param averageConcurrent mean visits over the session window, rounded to the nearest whole
 * @param watchTimeHours total time watched
 * @param reportedViews the platform's own figure where it has one beside ours (Zoom: Unique Viewers)
 * @param reportedPeakConcurrent likewise (Zoom: Max Concurrent Views)
 */
public record Reach(Platform platform, Long views, Long peakConcurrent, Long averageConcurrent, BigDecimal watchTimeHours,
                    Long reportedViews, Long reportedPeakConcurrent) {

    /** The unit of every reach figure. */
    public static final String UNIT = "lượt";

    /** "12.500 lượt", or "—" when unknown. */
    public static String label(Long figure) {
        return figure == null ? "—" : VietnameseFormat.number(figure) + " " + UNIT;
    }
}
