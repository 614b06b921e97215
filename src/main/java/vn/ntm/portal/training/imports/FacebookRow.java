package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of a Meta Business Suite export: a post ({@code Post ID} …) or a video ({@code Video asset ID} …). Metrics are
 * null when the variant has no such column.
 *
 * @param id the post id or the video asset id (text; Excel's marks removed)
 * @param views {@code Views} (posts)
 * @param reach {@code Reach}: accounts reached, an estimate
 * @param threeSecondViews {@code 3-second video views} (videos)
 * @param oneMinuteViews {@code 1-minute video views} (videos)
 */
public record FacebookRow(int row, String id, String pageId, String pageName, String title, String description,
                          Long durationSeconds, Instant published, String permalink, String postType, Long views,
                          Long reach, Long reactions, Long comments, Long shares, Long threeSecondViews,
                          Long oneMinuteViews, Long secondsViewed, BigDecimal averageSecondsViewed) {
}
