package vn.ntm.portal.qa.web;

import vn.ntm.portal.feedback.HelpfulView;
import vn.ntm.portal.qa.domain.Question;

/** A published question and answer with its "Thông tin này có hữu ích không?" form and counts. */
public record ShowPage(Question question, HelpfulView helpful) {
}
