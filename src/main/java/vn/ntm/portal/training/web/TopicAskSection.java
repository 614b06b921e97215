package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;

/**
 * The questions part of a topic's page: the published answered questions (most upvoted first, with the visitor's
 * own upvotes marked) and the form to ask, with what was typed after a refusal.
 */
public record TopicAskSection(Programme programme, Topic topic, List<Ask> published, Set<Long> voted, Map<Long, Speaker> speakers,
                              boolean open, String code, String name, String body, String stamp, String csrfParam, String csrfToken,
                              String notice, String error) {

    public String action() {
        return topic.path(programme.slug()) + "/hoi-dap";
    }

    public String voteAction(Ask a) {
        return programme.path() + "/hoi-dap/" + a.id() + "/binh-chon";
    }

    public boolean votedFor(Ask a) {
        return voted.contains(a.id());
    }

    /** "Trả lời: TS. …" when the question was assigned to a speaker. */
    public String answeredBy(Ask a) {
        Speaker s = a.speakerId() == null ? null : speakers.get(a.speakerId());
        return s == null ? "Ban tổ chức" : s.displayName();
    }

    public String safeAnswer(Ask a) {
        return vn.ntm.portal.shared.SafeHtml.sanitize(a.answerHtml());
    }

    public int maxBody() {
        return Ask.MAX_BODY;
    }

    public int maxName() {
        return Ask.MAX_NAME;
    }
}
