package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.imports.Platform;
import vn.ntm.portal.training.internal.ImportStore.ReachRow;

/** Anonymous reach per session and platform, in "lượt", with the manual figures' form. */
public record ReachPage(Programme programme, List<Session> sessions, List<ReachRow> rows, Map<String, String> typed, String notice,
                        String error) {

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id();
    }

    public List<ReachRow> of(Session s) {
        return rows.stream().filter(r -> r.sessionId() == s.id()).toList();
    }

    public Platform[] platforms() {
        return Platform.values();
    }

    /** The manual row of a session and platform, or null. */
    public ReachRow manual(Session s, Platform p) {
        return rows.stream().filter(r -> r.sessionId() == s.id() && r.platform() == p && r.manual()).findFirst().orElse(null);
    }

    /** A field of the manual form of a session and platform: as typed after an error, else the saved figure. */
    public String value(Session s, Platform p, String field) {
        String key = s.id() + "-" + p.name();
        if (typed != null && key.equals(typed.get("_key"))) {
            return typed.getOrDefault(field, "");
        }
        ReachRow m = manual(s, p);
        if (m == null) {
            return "";
        }
        Long v = switch (field) {
            case "luot_xem" -> m.views();
            case "cao_nhat" -> m.peakConcurrent();
            case "trung_binh" -> m.averageConcurrent();
            default -> null;
        };
        if (field.equals("ghi_chu")) {
            return m.note();
        }
        return v == null ? "" : v.toString();
    }
}
