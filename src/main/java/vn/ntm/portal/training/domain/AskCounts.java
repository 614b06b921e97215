package vn.ntm.portal.training.domain;

import vn.ntm.portal.shared.VietnameseFormat;

/**
 * Questions of one topic (topicId null: not yet placed in a topic). {@code total} leaves out rejected ones;
 * {@code published} are those answered and shown on the topic page.
 */
public record AskCounts(Long topicId, long total, long pending, long approved, long rejected, long answered, long published) {

    /** "12 câu hỏi, 5 đã trả lời" as the programme page shows it (the answers one can read). */
    public String publicText() {
        return VietnameseFormat.number(total) + " câu hỏi, " + VietnameseFormat.number(published) + " đã trả lời";
    }

    public static AskCounts none(Long topicId) {
        return new AskCounts(topicId, 0, 0, 0, 0, 0, 0);
    }
}
