package vn.ntm.portal.demo.internal;

import java.util.List;
import java.util.Map;

/**
 * The templates of one kind of story (a category's subject): titles, leads, opening paragraphs,
 * body paragraphs, optional closings and the tags such stories carry.
 */
public record Topic(String key, List<String> titles, List<String> leads, List<String> openings,
                    List<String> paragraphs, List<String> closings, List<String> tags) {

    static Topic load(String key) {
        Map<String, List<String>> s = Sections.load("demo/topics/" + key + ".txt");
        Topic topic = new Topic(key, s.getOrDefault("titles", List.of()), s.getOrDefault("leads", List.of()),
                s.getOrDefault("openings", List.of()), s.getOrDefault("paragraphs", List.of()),
                s.getOrDefault("closings", List.of()), s.getOrDefault("tags", List.of()));
        if (topic.titles.isEmpty() || topic.leads.isEmpty() || topic.openings.isEmpty() || topic.paragraphs.size() < 4) {
            throw new IllegalStateException("Topic " + key + " needs titles, leads, openings and at least 4 paragraphs");
        }
        return topic;
    }
}
