package vn.ntm.portal.qa.web;

import java.util.List;
import vn.ntm.portal.accounts.UserSummary;
import vn.ntm.portal.qa.domain.Note;
import vn.ntm.portal.qa.domain.Question;

/** A question on the staff screen: everything, with internal notes, the handlers to assign and what the user may do. */
public record AdminDetailPage(Question question, List<Note> notes, List<UserSummary> handlers, String handlerName,
                              String deadline, boolean mayApprove, String notice, String error) {
}
