package vn.ntm.portal.documents.domain;

/** A field ("lĩnh vực") of the tree; {@code depth} is 0 for a top-level field. */
public record DocumentField(long id, Long parentId, String name, String slug, int position, int depth, long documents) {

    /** The name indented by depth, for a select's options. */
    public String indentedName() {
        return "— ".repeat(depth) + name;
    }
}
