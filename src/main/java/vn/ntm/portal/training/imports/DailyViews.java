package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of YouTube Studio's {@code Totals.csv}: the channel's figures for one day; null when not exported. */
public record DailyViews(int row, LocalDate date, Long views, BigDecimal watchTimeHours) {
}
