package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.imports.AttendanceRules;
import vn.ntm.portal.training.imports.AttendanceStatus;
import vn.ntm.portal.training.internal.ImportStore.AttendanceRow;

/** A session's identified attendance, the review queue's size, and the programme's attendance rules. */
public record AttendancePage(Programme programme, List<Session> sessions, Session session, List<AttendanceRow> rows,
                             Map<String, Long> reviewCounts, AttendanceRules rules, String zone, Map<String, String> typed,
                             String notice, String error, int page) {

    /** Rows shown on one page of the table. */
    public static final int PAGE_SIZE = 200;

    public List<AttendanceRow> shown() {
        int from = Math.min(rows.size(), (page - 1) * PAGE_SIZE);
        return rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE));
    }

    public int pages() {
        return Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String pageLink(int n) {
        return base() + "/diem-danh?buoi=" + session.id() + "&trang=" + n;
    }

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id();
    }

    public String count(AttendanceStatus s) {
        return VietnameseFormat.number(rows.stream().filter(r -> r.status() == s).count());
    }

    public String reviewCount(String state) {
        return VietnameseFormat.number(reviewCounts.getOrDefault(state, 0L));
    }

    public AttendanceStatus[] statuses() {
        return AttendanceStatus.values();
    }

    /** The rules form: what was typed (after an error) or the saved values. */
    public String value(String name) {
        if (typed != null && typed.containsKey(name)) {
            return typed.get(name);
        }
        return switch (name) {
            case "phut" -> String.valueOf(rules.presentMinutes());
            case "phan_tram" -> String.valueOf(rules.presentPercent());
            case "muon" -> String.valueOf(rules.lateAfterMinutes());
            case "mui_gio" -> zone;
            default -> "";
        };
    }
}
