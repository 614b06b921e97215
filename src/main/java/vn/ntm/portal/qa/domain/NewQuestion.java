package vn.ntm.portal.qa.domain;

/**
 * A question as filed and checked: e-mail and phone already validated (either may be null, not both);
 * {@code attachmentId} is a private file of the uploads module, or null.
 */
public record NewQuestion(long topicId, String askerName, String email, String phone, String address, String title,
                          String content, Long attachmentId, String attachmentName) {
}
