package vn.ntm.portal.demo.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All text templates: one {@link Topic} per category subject plus the shared paragraphs and image texts. */
public final class TemplateBook {

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, List<String>> common;

    private TemplateBook(Collection<String> topicKeys) {
        for (String key : topicKeys) {
            topics.put(key, Topic.load(key));
        }
        common = Sections.load("demo/common.txt");
    }

    public static TemplateBook load(Collection<String> topicKeys) {
        return new TemplateBook(topicKeys);
    }

    public Topic topic(String key) {
        Topic topic = topics.get(key);
        if (topic == null) {
            throw new IllegalArgumentException("Unknown topic " + key);
        }
        return topic;
    }

    public Collection<Topic> topics() {
        return topics.values();
    }

    public List<String> commonParagraphs() {
        return section("paragraphs");
    }

    public List<String> commonClosings() {
        return section("closings");
    }

    /** What a generated picture of this theme shows, for its alt text. */
    public List<String> alts(String theme) {
        return section("alt-" + theme);
    }

    public List<String> captions(String theme) {
        return section("caption-" + theme);
    }

    private List<String> section(String name) {
        List<String> values = common.get(name);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("demo/common.txt has no [" + name + "]");
        }
        return values;
    }
}
