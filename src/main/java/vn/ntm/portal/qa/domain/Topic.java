package vn.ntm.portal.qa.domain;

/** A topic ("lĩnh vực") questions are filed under; kept as data, edited by administrators. */
public record Topic(long id, String name, String slug, int position) {
}
