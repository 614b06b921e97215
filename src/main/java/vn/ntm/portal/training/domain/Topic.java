package vn.ntm.portal.training.domain;

/** A topic ("chuyên đề"), numbered within its programme. */
public record Topic(long id, long programmeId, int number, String title, String summary) {

    public String path(String programmeSlug) {
        return "/tap-huan/" + programmeSlug + "/chuyen-de/" + number;
    }

    /** "Chuyên đề 3: …". */
    public String heading() {
        return "Chuyên đề " + number + ": " + title;
    }
}
