package vn.ntm.portal.news.domain;

/** A file attached to an article. */
public record Attachment(long id, String fileName, String path, String mediaType, long sizeBytes) {
}
