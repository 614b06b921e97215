package vn.ntm.portal.feedback;

/** The thank-you line a target page shows after a vote was counted ({@code ?huu-ich=cam-on}). */
public final class HelpfulNotice {

    public static final String PARAM = "huu-ich";
    public static final String THANKS = "cam-on";

    private HelpfulNotice() {
    }

    /** The notice for the query parameter's value, or null. */
    public static String of(String value) {
        return THANKS.equals(value) ? "Cảm ơn bạn đã cho ý kiến." : null;
    }
}
