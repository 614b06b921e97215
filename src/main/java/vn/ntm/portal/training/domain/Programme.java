package vn.ntm.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.ntm.portal.shared.VietnameseFormat;

/** A training series ("Chuỗi tập huấn"). */
public record Programme(long id, String slug, String name, String summary, String descriptionHtml, LocalDate startsOn,
                        LocalDate endsOn, ProgrammeStatus status, Instant registrationOpensAt, Instant registrationClosesAt,
                        int provinceVersion, boolean moderation, int offerHours, int reminderHours, String location) {

    /** Where a programme stands for registration at {@code now}. */
    public enum RegistrationWindow { NOT_PUBLISHED, NOT_YET, OPEN, CLOSED }

    public String path() {
        return "/tap-huan/" + slug;
    }

    public boolean isPublic() {
        return status != ProgrammeStatus.DRAFT;
    }

    public RegistrationWindow window(Instant now) {
        if (status != ProgrammeStatus.PUBLISHED) {
            return status == ProgrammeStatus.DRAFT ? RegistrationWindow.NOT_PUBLISHED : RegistrationWindow.CLOSED;
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
            return RegistrationWindow.NOT_YET;
        }
        if (registrationClosesAt != null && !now.isBefore(registrationClosesAt)) {
            return RegistrationWindow.CLOSED;
        }
        return RegistrationWindow.OPEN;
    }

    /** "28/09/2021 – 18/10/2021". */
    public String datesText() {
        return startsOn.equals(endsOn) ? VietnameseFormat.date(startsOn)
                : VietnameseFormat.date(startsOn) + " – " + VietnameseFormat.date(endsOn);
    }

    public String closesText() {
        return registrationClosesAt == null ? null : VietnameseFormat.dateTime(registrationClosesAt);
    }

    public String opensText() {
        return registrationOpensAt == null ? null : VietnameseFormat.dateTime(registrationOpensAt);
    }
}
