package vn.ntm.portal.web;

/** One step of a breadcrumb; the last step has no link. */
public record Crumb(String label, String href) {

    public static Crumb here(String label) {
        return new Crumb(label, null);
    }
}
