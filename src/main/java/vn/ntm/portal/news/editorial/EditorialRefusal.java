package vn.ntm.portal.news.editorial;

/** A step the back office refuses, with the Vietnamese message to show: not allowed, lock not held, bad input. */
public class EditorialRefusal extends RuntimeException {

    public EditorialRefusal(String message) {
        super(message);
    }
}
