package vn.ntm.portal.training.imports;

import java.util.List;

/**
 * The rows of one Zoom participant grouped together, ready for attendance and matching.
 *
 * @param key {@link ZoomPeople#keyOf} of the rows: {@code email:<lower-case address>} or {@code name:<folded name>}
 * @param name the name shown in the meeting (of the first row)
 * @param originalName the Zoom account name (of the first row)
 * @param email null when none of the rows has one
 * @param phone in {@code +84…} form when the report has it (webinar registrations), else null
 * @param provinceCode a province hint for name matching (e.g. from a registration question), else null
 * @param intervals the join/leave intervals, waiting room excluded
 * @param rows the spreadsheet rows they came from
 */
public record ZoomPerson(String key, String name, String originalName, String email, String phone, String provinceCode,
                         List<Interval> intervals, List<Integer> rows) {

    public ZoomPerson {
        intervals = List.copyOf(intervals);
        rows = List.copyOf(rows);
    }

    /** The same person with a province hint for name matching. */
    public ZoomPerson withProvinceCode(String code) {
        return new ZoomPerson(key, name, originalName, email, phone, code, intervals, rows);
    }
}
