package vn.ntm.portal.web;

/** Thrown by a controller when what the URL names does not exist; shown as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
