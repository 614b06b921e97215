package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of YouTube Studio's {@code Table data.csv} (one video, or the {@code Total} row). Every metric is null when its
 * column was not exported.
 *
 * @param content the video id ({@code Content}), {@code Total} for the total row
 * @param durationSeconds the video length
 * @param watchTimeHours decimal hours
 * @param averageViewSeconds from {@code H:MM:SS}
 * @param clickThroughPercent {@code Impressions click-through rate (%)}
 */
public record YouTubeRow(int row, String content, String title, LocalDate published, Long durationSeconds, Long views,
                         BigDecimal watchTimeHours, Long subscribers, Long averageViewSeconds, Long impressions,
                         BigDecimal clickThroughPercent) {
}
