package vn.ntm.portal.qa.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * A citizen's question as stored, with everything the staff see (contact details included). The attachment,
 * if any, is a private file of the uploads module ({@code attachmentId}): it has no public address.
 */
public record Question(long id, String trackingCode, long topicId, String topicName, String askerName, String email,
                       String phone, String address, String title, String slug, String content, Long attachmentId,
                       String attachmentName, Instant consentAt, String consentVersion, QaStatus status,
                       Instant receivedAt, LocalDate receivedOn, LocalDate dueOn, Long handlerId, String forwardedTo,
                       String answerDraft, String draftedBy, String answer, Instant answeredAt, String approvedBy,
                       boolean published) {

    /** The public page of a published question. */
    public String path() {
        return "/hoi-dap/" + slug + "-" + id;
    }

    public String receivedOnText() {
        return VietnameseFormat.date(receivedOn);
    }

    public String dueOnText() {
        return VietnameseFormat.date(dueOn);
    }

    public String answeredAtText() {
        return answeredAt == null ? "" : VietnameseFormat.date(answeredAt);
    }
}
