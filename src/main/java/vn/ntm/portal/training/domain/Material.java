package vn.ntm.portal.training.domain;

/** A topic's material: an uploaded file (/uploads/…) or an https link. */
public record Material(long id, long topicId, MaterialKind kind, String title, String url, int position) {
}
