package vn.ntm.portal.training.certificates;

/**
 * One signature block: the title lines (e.g. "TM. BAN TỔ CHỨC\nGIÁM ĐỐC", printed in capitals; '\n' breaks a line,
 * long lines wrap), an optional signature (or signature and seal) image as PNG or JPEG bytes, and the signer's
 * name. Without an image the space is left blank for a wet signature. The array is not copied: do not change it.
 */
public record Signatory(String title, String name, byte[] signature) {

    public Signatory {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Chức danh người ký không được để trống.");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Họ tên người ký không được để trống.");
        }
        if (signature != null && signature.length == 0) {
            signature = null;
        }
    }

    public static Signatory of(String title, String name) {
        return new Signatory(title, name, null);
    }
}
