package vn.ntm.portal.pages.internal;

/** A change the rules refuse, with its Vietnamese reason and the 4xx status to answer with. */
public class PageRefusal extends RuntimeException {

    private final int status;

    public PageRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
