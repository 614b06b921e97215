package vn.ntm.portal.web;

/** The office's name and footer details, from site settings. */
public record SiteIdentity(
        String name,
        String shortName,
        String tagline,
        String logoAlt,
        String footerOffice,
        String editorInChief,
        String deputyEditor,
        String address,
        String phone,
        String email) {
}
