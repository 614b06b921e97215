package vn.ntm.portal.training.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.imports.ImportError;
import vn.ntm.portal.training.imports.ReportKind;
import vn.ntm.portal.training.internal.ImportStore.ImportRow;

/**
 * The import screen of a programme: the form (session, kind expected or auto, time zone, file), the outcome of the
 * last upload (row-numbered errors, warnings) and the stored imports per session.
 */
public record ImportsPage(Programme programme, List<Session> sessions, List<ImportRow> imports, String sessionValue, String kindValue,
                          String zoneValue, long maxBytes, String notice, String error, List<ImportError> errors, List<String> warnings) {

    /** Errors shown at most; the rest are counted. */
    public static final int SHOWN_ERRORS = 200;

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id();
    }

    public List<ReportKind> kinds() {
        List<ReportKind> out = new ArrayList<>(List.of(ReportKind.values()));
        out.remove(ReportKind.UNKNOWN);
        out.remove(ReportKind.FACEBOOK_VIDEOS);
        return out;
    }

    public String kindLabel(ReportKind k) {
        return k == ReportKind.FACEBOOK_POSTS ? "Số liệu Facebook (bài viết hoặc video)" : k.label();
    }

    public List<ImportError> shownErrors() {
        return errors.size() <= SHOWN_ERRORS ? errors : errors.subList(0, SHOWN_ERRORS);
    }

    public int hiddenErrors() {
        return Math.max(0, errors.size() - SHOWN_ERRORS);
    }

    /** Imports of each session that has some, in the sessions' order. */
    public Map<Session, List<ImportRow>> bySession() {
        Map<Session, List<ImportRow>> out = new LinkedHashMap<>();
        for (Session s : sessions) {
            List<ImportRow> rows = imports.stream().filter(i -> i.sessionId() == s.id()).toList();
            if (!rows.isEmpty()) {
                out.put(s, rows);
            }
        }
        return out;
    }

    public String fileOf(long importId) {
        return imports.stream().filter(i -> i.id() == importId).map(ImportRow::fileName).findFirst().orElse("#" + importId);
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
