package vn.ntm.portal.stats.internal;

import java.time.Instant;
import java.time.LocalDate;
import vn.ntm.portal.shared.VietnameseFormat;

/** Start of today and of this month in Vietnam's zone, the periods of the "Thống kê" block. */
record Periods(Instant dayStart, Instant monthStart) {

    static Periods at(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, VietnameseFormat.ZONE);
        return new Periods(today.atStartOfDay(VietnameseFormat.ZONE).toInstant(),
                today.withDayOfMonth(1).atStartOfDay(VietnameseFormat.ZONE).toInstant());
    }
}
