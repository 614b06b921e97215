package vn.ntm.portal.training.certificates;

/**
 * An issuing body (co-organiser) printed at the top: its name (printed in capitals) and an optional logo, PNG or
 * JPEG bytes (drawn at most about 15 mm high, keeping its proportions). The array is not copied: do not change it.
 */
public record Issuer(String name, byte[] logo) {

    public Issuer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Tên đơn vị cấp giấy chứng nhận không được để trống.");
        }
        if (logo != null && logo.length == 0) {
            logo = null;
        }
    }

    public static Issuer named(String name) {
        return new Issuer(name, null);
    }
}
