package vn.ntm.portal.training.certificates;

import java.time.LocalDate;
import java.util.List;

/**
 * What every certificate of one series shares: one to three issuing bodies, whether the national motto
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc") is printed at the top right, the series name,
 * its first and last day, the place and date of issue ("Hà Nội, ngày 18 tháng 10 năm 2021") and one to three
 * signatories (laid out evenly, left to right in list order).
 */
public record CertificateTemplate(List<Issuer> issuers, boolean nationalMotto, String seriesTitle, LocalDate from,
                                  LocalDate to, String place, LocalDate issuedOn, List<Signatory> signatories) {

    public static final int MAX_ISSUERS = 3;
    public static final int MAX_SIGNATORIES = 3;

    public CertificateTemplate {
        issuers = List.copyOf(issuers == null ? List.of() : issuers);
        signatories = List.copyOf(signatories == null ? List.of() : signatories);
        if (issuers.isEmpty() || issuers.size() > MAX_ISSUERS) {
            throw new IllegalArgumentException("Giấy chứng nhận cần từ 1 đến 3 đơn vị cấp.");
        }
        if (signatories.isEmpty() || signatories.size() > MAX_SIGNATORIES) {
            throw new IllegalArgumentException("Giấy chứng nhận cần từ 1 đến 3 người ký.");
        }
        if (seriesTitle == null || seriesTitle.isBlank()) {
            throw new IllegalArgumentException("Tên chuỗi tập huấn không được để trống.");
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("Cần ngày bắt đầu và ngày kết thúc của chuỗi tập huấn.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Ngày kết thúc không được trước ngày bắt đầu.");
        }
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("Địa danh nơi cấp không được để trống.");
        }
        if (issuedOn == null) {
            throw new IllegalArgumentException("Cần ngày cấp giấy chứng nhận.");
        }
    }
}
