package vn.ntm.portal.documents.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The period in which a draft takes comments: from {@code opens} (included) to {@code closes} (excluded), so at
 * the closing instant it is over. The same rule is written in SQL where a comment is saved.
 */
public record CommentWindow(Instant opens, Instant closes) {

    public CommentPhase phaseAt(Instant now) {
        if (now.isBefore(opens)) {
            return CommentPhase.NOT_YET;
        }
        return now.isBefore(closes) ? CommentPhase.OPEN : CommentPhase.ENDED;
    }

    /** Vietnamese messages for a window that cannot be saved (either end may be null: not given or unreadable). */
    public static List<String> problems(Instant opens, Instant closes) {
        List<String> out = new ArrayList<>();
        if (opens == null) {
            out.add("Cần nhập thời điểm bắt đầu lấy ý kiến.");
        }
        if (closes == null) {
            out.add("Cần nhập thời điểm kết thúc lấy ý kiến.");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            out.add("Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.");
        }
        return out;
    }
}
