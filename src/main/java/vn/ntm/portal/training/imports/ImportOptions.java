package vn.ntm.portal.training.imports;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the user tells the import besides the file: the time zone the platform wrote its times in (the files carry
 * none) and, for dates such as {@code 03/04/2025} that fit both orders, which order to assume when the file itself does
 * not tell (see {@link DayMonthOrder}).
 */
public record ImportOptions(ZoneId zone, DayMonthOrder dayMonthHint) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public ImportOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayMonthHint, "dayMonthHint");
    }

    /** Vietnam's time, and each format's own default order (Zoom: month first). */
    public static ImportOptions defaults() {
        return new ImportOptions(VIETNAM, DayMonthOrder.FORMAT_DEFAULT);
    }

    public ImportOptions withZone(ZoneId newZone) {
        return new ImportOptions(newZone, dayMonthHint);
    }

    public ImportOptions withDayMonthHint(DayMonthOrder hint) {
        return new ImportOptions(zone, hint);
    }
}
