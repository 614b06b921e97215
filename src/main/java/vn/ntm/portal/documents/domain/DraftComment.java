package vn.ntm.portal.documents.domain;

import java.time.Instant;

/** A comment on a draft. The contact is for the drafting body only and never shown on the public site. */
public record DraftComment(long id, long draftId, String authorName, String email, String phone, String organisation,
                           String content, Long attachmentFileId, String attachmentUrl, String attachmentName,
                           Status status, String rejectReason, Instant createdAt, Instant moderatedAt, String moderatedBy,
                           Instant consentAt, String consentVersion) {

    public enum Status {
        PENDING("cho-duyet", "Chờ duyệt"), PUBLISHED("da-dang", "Đã đăng"), REJECTED("tu-choi", "Từ chối");

        private final String code;
        private final String label;

        Status(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Status> byCode(String code) {
            return java.util.Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
        }
    }

    /** "e-mail, phone" as far as given (back office and exports only). */
    public String contact() {
        if (email != null && phone != null) {
            return email + ", " + phone;
        }
        return email != null ? email : phone == null ? "" : phone;
    }
}
