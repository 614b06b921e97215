package vn.ntm.portal.training.web;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.Topic;

/** What a survey is about, in words, and the choices of the survey form's "Dành cho" list. */
public record SurveyScopes(ProgrammeBundle b) {

    public String text(Survey s) {
        return switch (s.scope()) {
            case PROGRAMME -> "Cả chương trình";
            case SESSION -> b.sessions().stream().filter(x -> x.id() == s.sessionId()).findFirst().map(Session::heading).orElse("Buổi");
            case TOPIC -> b.topics().stream().filter(x -> x.id() == s.topicId()).findFirst().map(Topic::heading).orElse("Chuyên đề");
            case SPEAKER -> "Báo cáo viên " + b.speakers().stream().filter(x -> x.id() == s.speakerId()).findFirst().map(Speaker::displayName).orElse("");
        };
    }

    /** The target code of a survey as the form posts it: PROGRAMME, buoi-N, chuyen-de-N, bao-cao-vien-N. */
    public static String target(Survey s) {
        return switch (s.scope()) {
            case PROGRAMME -> "PROGRAMME";
            case SESSION -> "buoi-" + s.sessionId();
            case TOPIC -> "chuyen-de-" + s.topicId();
            case SPEAKER -> "bao-cao-vien-" + s.speakerId();
        };
    }

    public Map<String, String> targets() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("PROGRAMME", "Cả chương trình");
        b.sessions().forEach(s -> out.put("buoi-" + s.id(), s.heading()));
        b.topics().forEach(t -> out.put("chuyen-de-" + t.id(), t.heading()));
        b.speakers().forEach(s -> out.put("bao-cao-vien-" + s.id(), "Báo cáo viên " + s.displayName()));
        return out;
    }

    public Map<Long, String> topicNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        b.topics().forEach(t -> out.put(t.id(), t.heading()));
        return out;
    }
}
