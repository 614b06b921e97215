package vn.ntm.portal.qa.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.domain.Topic;
import vn.ntm.portal.shared.Paging;

/** The FAQ list: topics with their counts, the chosen topic and search words, one page of questions. */
public record FaqPage(List<Topic> topics, Map<Long, Long> counts, Topic topic, String query, Paging<Question> paging,
                      String pageLink) {

    /** The link to another page of the same list. */
    public String pageHref(int page) {
        return pageLink + (pageLink.contains("?") ? "&" : "?") + "trang=" + page;
    }
}
