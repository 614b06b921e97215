package vn.ntm.portal.training.domain;

/** A speaker ("báo cáo viên"); {@code title} is the academic title or degree ("PGS.TS."). */
public record Speaker(long id, long programmeId, String name, String title, String organisation, String photoPath, String bio) {

    /** "PGS.TS. Nguyễn Văn A". */
    public String displayName() {
        return title == null || title.isBlank() ? name : title.strip() + " " + name;
    }

    public String path(String programmeSlug) {
        return "/tap-huan/" + programmeSlug + "/bao-cao-vien/" + id;
    }
}
