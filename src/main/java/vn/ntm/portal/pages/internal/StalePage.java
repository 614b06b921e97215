package vn.ntm.portal.pages.internal;

/** The form was opened on an older version of the page: someone saved in between. */
public class StalePage extends PageRefusal {

    private final int currentVersion;

    public StalePage(int currentVersion, String message) {
        super(409, message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
