package vn.ntm.portal.training.certificates;

/** What the certificate attests: the verb printed before the series name. */
public enum CertificateKind {
    /** "Đã tham gia": attended (participation). */
    PARTICIPATED("Đã tham gia"),
    /** "Đã hoàn thành": completed (every requirement met). */
    COMPLETED("Đã hoàn thành");

    private final String phrase;

    CertificateKind(String phrase) {
        this.phrase = phrase;
    }

    /** The Vietnamese phrase as printed. */
    public String phrase() {
        return phrase;
    }
}
