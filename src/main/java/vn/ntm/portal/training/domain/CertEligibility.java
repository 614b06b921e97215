package vn.ntm.portal.training.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * Whether a registrant may receive the programme's certificate: every criterion that is switched on must hold
 * (minutes in total, share of the programme's sessions attended, topics covered by the attended sessions, a survey
 * submitted); a manual decision of the organisers (grant or deny, with a reason) wins over the rules. Pure: the
 * figures come from {@code training_attendance}, {@code training_session_topic} and {@code training_survey_response}.
 */
public final class CertEligibility {

    private CertEligibility() {
    }

    /** The programme's rules; 0 (or false) switches a criterion off. */
    public record Rules(int minMinutes, int minSessionPercent, int minTopics, boolean surveyRequired) {

        public Rules {
            if (minMinutes < 0 || minTopics < 0 || minSessionPercent < 0 || minSessionPercent > 100) {
                throw new IllegalArgumentException("Quy tắc cấp giấy chứng nhận không hợp lệ.");
            }
        }

        public boolean none() {
            return minMinutes == 0 && minSessionPercent == 0 && minTopics == 0 && !surveyRequired;
        }

        /** Sessions needed out of {@code total}: the percentage rounded up. */
        public int sessionsNeeded(int total) {
            return (int) ((minSessionPercent * (long) total + 99) / 100);
        }
    }

    /**
     * What a registrant did: minutes over every session, sessions attended (present or late) out of the programme's
     * sessions, distinct topics of the attended sessions, whether they answered a survey of the programme.
     */
    public record Progress(int minutes, int sessionsAttended, int sessions, int topicsCovered, boolean surveySubmitted) {
    }

    /** A manual decision: grant ({@code eligible}) or deny, why, by whom and when. */
    public record Override(boolean eligible, String reason, String decidedBy, Instant decidedAt) {

        public String decidedAtText() {
            return decidedAt == null ? "" : VietnameseFormat.dateTime(decidedAt);
        }
    }

    /**
     * The outcome: eligible or not, whether by the rules or by a manual decision, and every reason the rules
     * do not hold (shown to the organisers even when a decision overrides them).
     */
    public record Verdict(boolean eligible, boolean byRules, Override override, List<String> shortfalls) {

        public Verdict {
            shortfalls = List.copyOf(shortfalls);
        }

        /** "Đủ điều kiện", "Thiếu 2 buổi; Chưa gửi phiếu khảo sát", "Cấp theo quyết định: …". */
        public String reasonText() {
            if (override != null) {
                return (override.eligible() ? "Cấp theo quyết định của ban tổ chức: " : "Không cấp theo quyết định của ban tổ chức: ")
                        + override.reason();
            }
            return shortfalls.isEmpty() ? "Đủ điều kiện" : String.join("; ", shortfalls);
        }
    }

    public static Verdict judge(Rules rules, Progress progress, Override override) {
        List<String> shortfalls = new ArrayList<>();
        if (rules.minMinutes() > 0 && progress.minutes() < rules.minMinutes()) {
            shortfalls.add("Thiếu " + VietnameseFormat.number(rules.minMinutes() - progress.minutes()) + " phút (đã dự "
                    + VietnameseFormat.number(progress.minutes()) + "/" + VietnameseFormat.number(rules.minMinutes()) + " phút)");
        }
        int needed = rules.sessionsNeeded(progress.sessions());
        if (rules.minSessionPercent() > 0 && progress.sessionsAttended() < needed) {
            shortfalls.add("Thiếu " + (needed - progress.sessionsAttended()) + " buổi (đã dự " + progress.sessionsAttended()
                    + "/" + progress.sessions() + " buổi, cần " + needed + ")");
        }
        if (rules.minTopics() > 0 && progress.topicsCovered() < rules.minTopics()) {
            shortfalls.add("Thiếu " + (rules.minTopics() - progress.topicsCovered()) + " chuyên đề (đã học "
                    + progress.topicsCovered() + ", cần " + rules.minTopics() + ")");
        }
        if (rules.surveyRequired() && !progress.surveySubmitted()) {
            shortfalls.add("Chưa gửi phiếu khảo sát");
        }
        boolean byRules = shortfalls.isEmpty();
        return new Verdict(override != null ? override.eligible() : byRules, byRules, override, shortfalls);
    }
}
