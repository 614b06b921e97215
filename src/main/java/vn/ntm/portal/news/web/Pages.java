package vn.ntm.portal.news.web;

import vn.ntm.portal.web.UserInputException;

/** Page numbers from URLs such as {@code /chuyen-muc/tin-tuc/trang-3}. */
final class Pages {

    static final int MAX_PAGE = 100_000;

    private Pages() {
    }

    static int parse(String value) {
        if (value == null) {
            return 1;
        }
        if (!value.matches("\\d{1,6}")) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        int page = Integer.parseInt(value);
        if (page < 1 || page > MAX_PAGE) {
            throw new UserInputException(400, "Số trang không hợp lệ.");
        }
        return page;
    }
}
