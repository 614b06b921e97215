package vn.ntm.portal.web.internal;

/** What an error page says. */
public record ErrorView(int status, String title, String message) {

    static ErrorView of(int status, String message) {
        return switch (status) {
            case 404 -> new ErrorView(404, "Không tìm thấy trang",
                    message != null ? message : "Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.");
            case 400 -> new ErrorView(400, "Yêu cầu không hợp lệ",
                    message != null ? message : "Yêu cầu không hợp lệ. Vui lòng kiểm tra lại thông tin đã nhập.");
            case 403 -> new ErrorView(403, "Không được phép",
                    message != null ? message : "Bạn không có quyền thực hiện thao tác này, hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang và thử lại.");
            case 405 -> new ErrorView(405, "Phương thức không được hỗ trợ", "Thao tác này không được hỗ trợ tại địa chỉ này.");
            case 413, 414 -> new ErrorView(status, "Yêu cầu quá lớn", "Dữ liệu hoặc địa chỉ gửi lên quá dài.");
            case 429 -> new ErrorView(429, "Quá nhiều yêu cầu",
                    message != null ? message : "Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.");
            default -> status >= 500
                    ? new ErrorView(status, "Hệ thống đang gặp sự cố", "Đã có lỗi xảy ra phía máy chủ. Chúng tôi đã ghi nhận và sẽ khắc phục sớm.")
                    : new ErrorView(status, "Yêu cầu không hợp lệ", message != null ? message : "Yêu cầu không thể thực hiện.");
        };
    }
}
