package vn.ntm.portal.training.web;

import java.util.Map;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.internal.BulkMail;

/** What the bulk-mail screen shows. */
public record MailPage(Programme programme, String subject, String body, String status, String preview, String previewSubject,
                       long recipients, java.util.List<BulkMail.Job> jobs, Map<String, String> placeholders, String notice, String error) {

    public RegistrationStatus[] statuses() {
        return RegistrationStatus.values();
    }

    public String recipientsText() {
        return vn.ntm.portal.shared.VietnameseFormat.number(recipients);
    }
}
