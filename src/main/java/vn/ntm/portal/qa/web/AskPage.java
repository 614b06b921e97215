package vn.ntm.portal.qa.web;

import java.util.List;
import vn.ntm.portal.qa.domain.Topic;

/** What the question form shows. */
public record AskPage(AskForm form, List<Topic> topics, String stamp, String consentText, String consentVersion,
                      String error, String csrfParam, String csrfToken) {
}
