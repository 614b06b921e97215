package vn.ntm.portal.audit;

import java.util.Map;

/** Vietnamese names for the audit log's action codes and entity types, for screens; unknown codes show as they are. */
public final class AuditLabels {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("sign-in", "Đăng nhập"),
            Map.entry("sign-in.locked", "Tạm khóa đăng nhập"),
            Map.entry("user.created", "Tạo người dùng"),
            Map.entry("user.updated", "Sửa người dùng"),
            Map.entry("user.unlocked", "Mở khóa người dùng"),
            Map.entry("user.password-changed", "Đổi mật khẩu"),
            Map.entry("user.password-reset", "Đặt lại mật khẩu"),
            Map.entry("user.password-reset-by-mail", "Đặt lại mật khẩu qua e-mail"),
            Map.entry("user.signed-out-everywhere", "Đăng xuất mọi thiết bị"),
            Map.entry("user.two-step-enabled", "Bật xác thực hai bước"),
            Map.entry("user.two-step-disabled", "Tắt xác thực hai bước"),
            Map.entry("ARTICLE_CREATE", "Tạo bài viết"),
            Map.entry("ARTICLE_SAVE", "Lưu bài viết"),
            Map.entry("ARTICLE_RESTORE", "Khôi phục phiên bản"),
            Map.entry("ARTICLE_LOCK_TAKE_OVER", "Tiếp quản quyền sửa"),
            Map.entry("ARTICLE_SUBMIT", "Gửi duyệt"),
            Map.entry("ARTICLE_APPROVE", "Duyệt bài"),
            Map.entry("ARTICLE_RETURN", "Trả lại bài"),
            Map.entry("ARTICLE_SCHEDULE", "Hẹn giờ đăng"),
            Map.entry("ARTICLE_UNSCHEDULE", "Huỷ hẹn giờ"),
            Map.entry("ARTICLE_PUBLISH", "Đăng bài"),
            Map.entry("ARTICLE_ARCHIVE", "Hết hạn, lưu trữ"),
            Map.entry("ARTICLE_WITHDRAW", "Gỡ bài"),
            Map.entry("ARTICLE_REOPEN", "Mở lại bài"),
            Map.entry("category.created", "Tạo chuyên mục"),
            Map.entry("category.updated", "Sửa chuyên mục"),
            Map.entry("category.deleted", "Xóa chuyên mục"),
            Map.entry("tag.renamed", "Đổi tên từ khóa"),
            Map.entry("tag.merged", "Gộp từ khóa"),
            Map.entry("tag.deleted", "Xóa từ khóa"),
            Map.entry("link.created", "Thêm liên kết"),
            Map.entry("link.updated", "Sửa liên kết"),
            Map.entry("link.deleted", "Xóa liên kết"),
            Map.entry("media.created", "Thêm bài hát, video"),
            Map.entry("media.updated", "Sửa bài hát, video"),
            Map.entry("media.deleted", "Xóa bài hát, video"),
            Map.entry("source.created", "Thêm nguồn tin"),
            Map.entry("source.updated", "Sửa nguồn tin"),
            Map.entry("source.deleted", "Xóa nguồn tin"),
            Map.entry("author.created", "Thêm tác giả, bút danh"),
            Map.entry("author.updated", "Sửa tác giả, bút danh"),
            Map.entry("author.deleted", "Xóa tác giả, bút danh"),
            Map.entry("menu.created", "Thêm mục trình đơn"),
            Map.entry("menu.updated", "Sửa mục trình đơn"),
            Map.entry("menu.moved", "Đổi thứ tự trình đơn"),
            Map.entry("menu.deleted", "Xóa mục trình đơn"),
            Map.entry("document.created", "Đăng văn bản"),
            Map.entry("document.updated", "Sửa văn bản"),
            Map.entry("document.deleted", "Xóa văn bản"),
            Map.entry("document.file-removed", "Gỡ tệp đính kèm văn bản"),
            Map.entry("document.link-added", "Thêm liên kết văn bản"),
            Map.entry("document.link-removed", "Gỡ liên kết văn bản"),
            Map.entry("draft.created", "Tạo dự thảo văn bản"),
            Map.entry("draft.comment-attachment-downloaded", "Tải tệp đính kèm ý kiến góp ý dự thảo"),
            Map.entry("draft.updated", "Sửa dự thảo văn bản"),
            Map.entry("draft.state-changed", "Đổi trạng thái dự thảo"),
            Map.entry("draft.file-removed", "Gỡ tệp dự thảo"),
            Map.entry("draft.comment-published", "Đăng ý kiến góp ý dự thảo"),
            Map.entry("draft.comment-rejected", "Từ chối ý kiến góp ý dự thảo"),
            Map.entry("document-type.created", "Thêm loại văn bản"),
            Map.entry("document-type.updated", "Sửa loại văn bản"),
            Map.entry("document-type.deleted", "Xóa loại văn bản"),
            Map.entry("document-field.created", "Thêm lĩnh vực văn bản"),
            Map.entry("document-field.updated", "Sửa lĩnh vực văn bản"),
            Map.entry("document-field.deleted", "Xóa lĩnh vực văn bản"),
            Map.entry("sidebar.updated", "Sửa khối bên"),
            Map.entry("site-settings.updated", "Sửa cấu hình trang"),
            Map.entry("qa.submitted", "Tiếp nhận câu hỏi"),
            Map.entry("qa.assigned", "Phân công trả lời câu hỏi"),
            Map.entry("qa.note-added", "Thêm ghi chú nội bộ"),
            Map.entry("qa.draft-saved", "Lưu dự thảo trả lời"),
            Map.entry("qa.approved", "Duyệt câu trả lời"),
            Map.entry("qa.forwarded", "Chuyển cơ quan khác"),
            Map.entry("qa.published", "Đăng công khai hỏi đáp"),
            Map.entry("qa.unpublished", "Thôi đăng công khai hỏi đáp"),
            Map.entry("qa.attachment-downloaded", "Tải tệp đính kèm câu hỏi"),
            Map.entry("qa-topic.created", "Thêm lĩnh vực hỏi đáp"),
            Map.entry("qa-topic.updated", "Sửa lĩnh vực hỏi đáp"),
            Map.entry("training.programme-created", "Tạo chương trình tập huấn"),
            Map.entry("training.programme-updated", "Sửa chương trình tập huấn"),
            Map.entry("training.item-added", "Thêm mục của chương trình tập huấn"),
            Map.entry("training.item-updated", "Sửa mục của chương trình tập huấn"),
            Map.entry("training.item-deleted", "Xóa mục của chương trình tập huấn"),
            Map.entry("training.registrations-exported", "Xuất danh sách đăng ký tập huấn"),
            Map.entry("training.registration-approved", "Duyệt đăng ký tập huấn"),
            Map.entry("training.registration-rejected", "Từ chối đăng ký tập huấn"),
            Map.entry("training.mail-queued", "Gửi thư hàng loạt cho người đăng ký tập huấn"));

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("user", "người dùng"), Map.entry("article", "bài viết"), Map.entry("category", "chuyên mục"),
            Map.entry("tag", "từ khóa"), Map.entry("link_banner", "liên kết"), Map.entry("media_item", "bài hát, video"),
            Map.entry("sidebar_block", "khối bên"), Map.entry("site_setting", "cấu hình"), Map.entry("news_source", "nguồn tin"),
            Map.entry("news_author", "tác giả, bút danh"), Map.entry("site_menu_item", "mục trình đơn"),
            Map.entry("qa_question", "câu hỏi"), Map.entry("qa_topic", "lĩnh vực hỏi đáp"),
            Map.entry("legal_document", "văn bản"), Map.entry("document_type", "loại văn bản"),
            Map.entry("document_field", "lĩnh vực văn bản"), Map.entry("document_draft", "dự thảo văn bản"),
            Map.entry("document_draft_comment", "ý kiến góp ý dự thảo"),
            Map.entry("training_programme", "chương trình tập huấn"), Map.entry("training_coorganiser", "đơn vị phối hợp tập huấn"),
            Map.entry("training_speaker", "báo cáo viên"), Map.entry("training_topic", "chuyên đề tập huấn"),
            Map.entry("training_session", "buổi tập huấn"), Map.entry("training_channel", "kênh tham gia tập huấn"),
            Map.entry("training_material", "tài liệu tập huấn"), Map.entry("training_question", "câu hỏi phiếu đăng ký tập huấn"),
            Map.entry("training_registration", "đăng ký tập huấn"), Map.entry("training_mail_job", "thư hàng loạt tập huấn"));

    private AuditLabels() {
    }

    public static String action(String code) {
        return code == null ? "" : ACTIONS.getOrDefault(code, code);
    }

    public static String entity(String type) {
        return type == null ? "" : ENTITIES.getOrDefault(type, type);
    }
}
