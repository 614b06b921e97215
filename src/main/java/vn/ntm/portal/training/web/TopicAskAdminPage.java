package vn.ntm.portal.training.web;

import java.util.List;
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;

/**
 * One question in the back office: moderation, topic, the speaker it is assigned to (a speaker of its topic), the
 * written answer (what was typed after a refusal), publishing.
 */
public record TopicAskAdminPage(Programme programme, Ask ask, List<Topic> topics, List<Speaker> topicSpeakers, Speaker assigned,
                                String answer, String notice, String error) {

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id() + "/hoi-dap/" + ask.id();
    }

    public String list() {
        return "/quan-tri/tap-huan/" + programme.id() + "/hoi-dap";
    }

    public String topicLabel() {
        return ask.topicId() == null ? "Chưa xếp chuyên đề"
                : topics.stream().filter(t -> t.id() == ask.topicId()).map(Topic::heading).findFirst().orElse("?");
    }

    public String safeAnswer() {
        return vn.ntm.portal.shared.SafeHtml.sanitize(ask.answerHtml());
    }
}
