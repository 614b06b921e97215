package vn.ntm.portal.uploads.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The type of a file as its first bytes say, whatever its name claims. */
enum Sniffed {
    JPEG, PNG, GIF, WEBP, PDF, OLE2, ZIP, MARKUP_OR_SCRIPT, EXECUTABLE, UNKNOWN;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static Sniffed of(byte[] b) {
        if (startsWith(b, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(b, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return GIF;
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return WEBP;
        }
        if (startsWith(b, 0, ascii("%PDF-"))) {
            return PDF;
        }
        if (startsWith(b, 0, OLE2_MAGIC)) {
            return OLE2;
        }
        if (startsWith(b, 0, new byte[]{'P', 'K', 3, 4})) {
            return ZIP;
        }
        if (startsWith(b, 0, ascii("MZ")) || startsWith(b, 0, new byte[]{0x7F, 'E', 'L', 'F'})) {
            return EXECUTABLE;
        }
        return looksLikeText(b) ? MARKUP_OR_SCRIPT : UNKNOWN;
    }

    /** Text of any kind (SVG, HTML, PHP, JSP, .htaccess, shell): no NUL and no other control bytes up front. */
    private static boolean looksLikeText(byte[] b) {
        int n = Math.min(b.length, 512);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                return false;
            }
        }
        return n > 0;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
