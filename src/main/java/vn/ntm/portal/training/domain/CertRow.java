package vn.ntm.portal.training.domain;

/** One registrant on the certificates screen: who, what they did, the verdict, the current (valid) certificate if any. */
public record CertRow(long registrationId, String code, String fullName, String organisation, String provinceName, boolean hasEmail,
                      RegistrationStatus status, CertEligibility.Progress progress, CertEligibility.Verdict verdict,
                      CertRecord certificate) {

    public String displayCode() {
        return PersonalCodes.display(code);
    }

    public boolean issued() {
        return certificate != null;
    }
}
