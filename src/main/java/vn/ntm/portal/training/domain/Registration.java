package vn.ntm.portal.training.domain;

import java.time.Instant;
import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;

/** A registration: the person, their choices and their state. */
public record Registration(long id, long programmeId, String code, String fullName, Gender gender, Integer birthYear,
                           String organisation, String jobTitle, Level level, int provinceVersion, String provinceCode,
                           String provinceName, String commune, String phone, String email, Category category,
                           ProducerType producerType, String productName, List<Long> topicIds, Delivery channelWanted,
                           Delivery channel, boolean acceptLivestream, RegistrationStatus status, String question,
                           String consentVersion, Instant consentAt, Instant offerExpiresAt, Instant createdAt,
                           Instant updatedAt, int updateCount) {

    public String displayCode() {
        return PersonalCodes.display(code);
    }

    public boolean active() {
        return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.OFFERED
                || status == RegistrationStatus.WAITING || status == RegistrationStatus.PENDING;
    }

    public String consentAtText() {
        return VietnameseFormat.dateTime(consentAt);
    }

    public String createdAtText() {
        return VietnameseFormat.dateTime(createdAt);
    }

    public String offerExpiresText() {
        return offerExpiresAt == null ? null : VietnameseFormat.dateTime(offerExpiresAt);
    }
}
