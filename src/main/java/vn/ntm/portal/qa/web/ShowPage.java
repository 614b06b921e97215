package vn.ntm.portal.qa.web;

import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.feedback.Helpfulness;

/** A published question and answer with its "helpful?" votes. */
public record ShowPage(Question question, Helpfulness.Counts votes, boolean voted, String notice, boolean noticeIsError,
                       String csrfParam, String csrfToken) {
}
