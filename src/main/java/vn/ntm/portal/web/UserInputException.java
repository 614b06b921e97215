package vn.ntm.portal.web;

/** Bad input from a visitor: shown with its Vietnamese message and a 4xx status, never a 5xx. */
public class UserInputException extends RuntimeException {

    private final int status;

    public UserInputException(int status, String message) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("status must be 4xx");
        }
        this.status = status;
    }

    public int status() {
        return status;
    }
}
