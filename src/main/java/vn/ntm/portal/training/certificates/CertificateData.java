package vn.ntm.portal.training.certificates;

import java.net.URI;

/**
 * One certificate: the series' shared {@link CertificateTemplate}, what it attests, the holder (honorific, full
 * name as registered, optional date or year of birth, optional workplace), the register number ("Số vào sổ") and
 * the absolute http(s) address of its public verification page, encoded in the QR code and printed under it.
 */
public record CertificateData(CertificateTemplate template, CertificateKind kind, Honorific honorific, String fullName,
                              BirthDate birthDate, String workplace, String registerNumber, String verificationUrl) {

    public CertificateData {
        if (template == null) {
            throw new IllegalArgumentException("Thiếu mẫu giấy chứng nhận.");
        }
        if (kind == null) {
            kind = CertificateKind.PARTICIPATED;
        }
        if (honorific == null) {
            honorific = Honorific.ONG_BA;
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("Họ và tên người được cấp không được để trống.");
        }
        if (workplace != null && workplace.isBlank()) {
            workplace = null;
        }
        if (registerNumber == null || registerNumber.isBlank()) {
            throw new IllegalArgumentException("Số vào sổ không được để trống.");
        }
        if (verificationUrl == null || !isHttpUrl(verificationUrl)) {
            throw new IllegalArgumentException("Địa chỉ xác minh phải là một địa chỉ http(s) đầy đủ.");
        }
    }

    /** The verification address as printed under the QR code: without "https://" and "www.". */
    public String shortVerificationUrl() {
        String s = verificationUrl.replaceFirst("^(?i)https?://", "");
        return s.regionMatches(true, 0, "www.", 0, 4) ? s.substring(4) : s;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
