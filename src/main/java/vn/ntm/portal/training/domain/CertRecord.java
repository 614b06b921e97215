package vn.ntm.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.ntm.portal.shared.VietnameseFormat;

/** An issued certificate ({@code training_certificate}); a revoked one stays, marked revoked. */
public record CertRecord(long id, long programmeId, long registrationId, int serial, String registerNumber, String verifyToken,
                         String fullName, LocalDate issuedOn, Instant issuedAt, String issuedBy, String overrideReason,
                         Instant emailedAt, Instant revokedAt, String revokedReason, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public String path() {
        return "/chung-nhan/" + verifyToken;
    }

    public String issuedOnText() {
        return VietnameseFormat.date(issuedOn);
    }

    public String revokedOnText() {
        return revokedAt == null ? null : VietnameseFormat.date(revokedAt);
    }

    public String emailedAtText() {
        return emailedAt == null ? null : VietnameseFormat.dateTime(emailedAt);
    }
}
