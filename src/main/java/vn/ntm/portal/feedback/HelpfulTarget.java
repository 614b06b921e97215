package vn.ntm.portal.feedback;

import java.util.Optional;

/**
 * A kind of page readers can call helpful or not, declared as a bean by the module that owns it. Votes for
 * it are posted to {@code /huu-ich/<type>/<id>}.
 */
public interface HelpfulTarget {

    /** The target type in URLs and in {@code helpful_vote.target_type}: lower case letters and hyphens. */
    String type();

    /** The public page of the target when it exists and is published; empty otherwise (the vote is a 404). */
    Optional<String> publicPath(long id);

    /** The form's action for one target. */
    static String action(String type, long id) {
        return "/huu-ich/" + type + "/" + id;
    }
}
