package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.AskCounts;
import vn.ntm.portal.training.domain.AskSource;
import vn.ntm.portal.training.domain.AskStatus;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;

/** The organisers' list of a programme's questions per topic, with its filters and the counts per topic. */
public record TopicAsksAdminPage(Programme programme, List<Topic> topics, Map<Long, Speaker> speakers, List<Ask> rows, long total, int page,
                                 int pages, Map<String, String> params, String query, Map<Long, AskCounts> counts, String notice,
                                 String error) {

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id() + "/hoi-dap";
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public String totalText() {
        return VietnameseFormat.number(total);
    }

    public AskStatus[] statuses() {
        return AskStatus.values();
    }

    public AskSource[] sources() {
        return AskSource.values();
    }

    public AskCounts countsOf(Long topicId) {
        return counts.getOrDefault(topicId, AskCounts.none(topicId));
    }

    public boolean hasUnplaced() {
        return counts.containsKey(null);
    }

    public String n(long value) {
        return VietnameseFormat.number(value);
    }

    public String topicLabel(Long topicId) {
        return topicId == null ? "Chưa xếp chuyên đề"
                : topics.stream().filter(t -> t.id() == topicId).map(t -> "Chuyên đề " + t.number()).findFirst().orElse("?");
    }

    public String speakerName(Long speakerId) {
        Speaker s = speakerId == null ? null : speakers.get(speakerId);
        return s == null ? "" : s.displayName();
    }

    /** The first 160 characters of a question. */
    public String excerpt(Ask a) {
        return a.body().length() <= 160 ? a.body() : a.body().substring(0, 157) + "…";
    }

    public String pageLink(int n) {
        return base() + "?" + (query.isEmpty() ? "" : query + "&") + "trang=" + n;
    }
}
