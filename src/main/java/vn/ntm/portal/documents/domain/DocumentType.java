package vn.ntm.portal.documents.domain;

/** A document type ("Công văn", "Quyết định"…), kept as data; {@code documents} counts all its documents. */
public record DocumentType(long id, String code, String name, int position, long documents) {
}
