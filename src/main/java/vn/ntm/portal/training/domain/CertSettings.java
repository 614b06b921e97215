package vn.ntm.portal.training.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme's certificate settings ({@code training_certificate_settings}): the register-number prefix ("GCN-OCOP"
 * gives "0001/GCN-OCOP-2021"), the place of issue, the issuing bodies (co-organisers by id, in order, or a name typed
 * in), the national motto, the kind ("Đã tham gia" / "Đã hoàn thành"), the date printed (null: the day of issue), up
 * to three signatories and the next serial.
 */
public record CertSettings(String numberPrefix, String place, String issuerName, List<Long> issuerIds, boolean nationalMotto,
                           String kind, LocalDate issuedOn, List<Signer> signatories, int nextSerial) {

    /** One signatory: title lines, name, and an optional signature image kept as a private upload. */
    public record Signer(String title, String name, Long imageId) {
    }

    public CertSettings {
        issuerIds = List.copyOf(issuerIds);
        signatories = List.copyOf(signatories);
    }

    public static CertSettings defaults() {
        return new CertSettings("GCN", "Hà Nội", "", List.of(), false, "PARTICIPATED", null, List.of(), 1);
    }

    /** "0001/GCN-OCOP-2021": the serial (at least four digits), the prefix, the year of issue. */
    public String registerNumber(int serial, int year) {
        return String.format("%04d/%s-%d", serial, numberPrefix, year);
    }

    public Signer signer(int i) {
        return i < signatories.size() ? signatories.get(i) : null;
    }
}
