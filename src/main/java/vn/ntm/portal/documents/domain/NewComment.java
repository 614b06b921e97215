package vn.ntm.portal.documents.domain;

/** A citizen's comment as checked by the form, before it is saved. */
public record NewComment(String authorName, String email, String phone, String organisation, String content,
                         Long attachmentFileId, String consentVersion, String clientIp) {
}
