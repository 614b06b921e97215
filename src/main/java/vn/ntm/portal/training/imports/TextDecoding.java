package vn.ntm.portal.training.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes of an exported report to text.
 *
 * <ul>
 *   <li>UTF-8, with or without its byte-order mark (BOM), is read as is.</li>
 *   <li>UTF-16 (Excel's "Unicode text", and some Zoom exports) is recognised by its BOM or, without one, by the NUL
 *       byte in every other position of ASCII text, little- or big-endian.</li>
 *   <li>Anything else is refused. Windows-1258 (the Vietnamese ANSI code page Excel uses for "CSV (Comma delimited)"
 *       on a Vietnamese Windows) is recognised by its combining tone marks after vowels and named in the message; it
 *       is deliberately <em>not</em> decoded: Excel replaces the letters it cannot write in that code page by
 *       {@code ?}, and the legacy TCVN3 and VNI encodings look alike byte-wise, so a silent guess could print a wrong
 *       name on a certificate. The user is told to save the file as "CSV UTF-8" instead.</li>
 * </ul>
 * The text is returned in Unicode NFC, the form stored text uses.
 */
final class TextDecoding {

    static final String NOT_UTF8 = "Tệp không được lưu theo bảng mã UTF-8 nên không đọc được đúng chữ tiếng Việt. "
            + "Hãy dùng tệp gốc tải từ nền tảng, hoặc trong Excel chọn Lưu thành (Save As) → \"CSV UTF-8 (Comma delimited)\" rồi nhập lại.";
    static final String WINDOWS_1258 = "Tệp được lưu theo bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows), không phải UTF-8; "
            + "một số chữ có dấu có thể đã bị mất. Hãy dùng tệp gốc tải từ nền tảng, hoặc trong Excel chọn Lưu thành (Save As) → "
            + "\"CSV UTF-8 (Comma delimited)\" rồi nhập lại.";
    static final String BINARY = "Tệp không phải là tệp văn bản CSV (có thể là tệp Excel .xlsx hoặc tệp nén). "
            + "Hãy tải báo cáo dạng CSV từ nền tảng rồi nhập lại.";
    static final String EMPTY = "Tệp trống, không có dữ liệu.";

    private TextDecoding() {
    }

    /** The text of {@code bytes}, or a refusal with a Vietnamese reason. */
    static String decode(byte[] bytes) throws RefusedFileException {
        if (bytes.length == 0) {
            throw new RefusedFileException(EMPTY);
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8(bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = utf16(bytes, 2, false);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = utf16(bytes, 2, true);
        } else if (looksLikeUtf16(bytes, false)) {
            text = utf16(bytes, 0, false);
        } else if (looksLikeUtf16(bytes, true)) {
            text = utf16(bytes, 0, true);
        } else {
            if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(bytes, '%', 'P', 'D', 'F')) {
                throw new RefusedFileException(BINARY);
            }
            text = utf8(bytes, 0);
        }
        if (text.indexOf('\0') >= 0) {
            throw new RefusedFileException(BINARY);
        }
        if (text.isBlank()) {
            throw new RefusedFileException(EMPTY);
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String utf8(byte[] bytes, int offset) throws RefusedFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RefusedFileException(looksLikeWindows1258(bytes) ? WINDOWS_1258 : NOT_UTF8);
        }
    }

    private static String utf16(byte[] bytes, int offset, boolean bigEndian) throws RefusedFileException {
        try {
            CharBuffer chars = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new RefusedFileException(NOT_UTF8);
        }
    }

    /** ASCII text in UTF-16 without a BOM: a NUL in every odd (LE) or even (BE) position of the first bytes. */
    private static boolean looksLikeUtf16(byte[] bytes, boolean bigEndian) {
        int n = Math.min(bytes.length, 512) & ~1;
        if (n < 4) {
            return false;
        }
        int nulAtZeroSide = 0;
        int nulOtherSide = 0;
        for (int i = 0; i < n; i += 2) {
            byte high = bigEndian ? bytes[i] : bytes[i + 1];
            byte low = bigEndian ? bytes[i + 1] : bytes[i];
            if (high == 0) {
                nulAtZeroSide++;
            }
            if (low == 0) {
                nulOtherSide++;
            }
        }
        int pairs = n / 2;
        return nulAtZeroSide * 10 >= pairs * 7 && nulOtherSide * 10 < pairs;
    }

    /**
     * Windows-1258 writes Vietnamese tones as combining marks after the vowel: 0xCC grave, 0xEC acute, 0xD2 hook
     * above, 0xDE tilde, 0xF2 dot below. At least two of them after vowels, and none elsewhere, is taken as that code
     * page (only to word the refusal).
     */
    static boolean looksLikeWindows1258(byte[] bytes) {
        int marksAfterVowel = 0;
        for (int i = 1; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2) {
                if (!isVowel1258(bytes[i - 1] & 0xFF)) {
                    return false;
                }
                marksAfterVowel++;
            }
        }
        return marksAfterVowel >= 2;
    }

    private static boolean isVowel1258(int b) {
        return switch (b) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y',
                    0xE2, 0xC2, 0xE3, 0xC3, 0xEA, 0xCA, 0xF4, 0xD4, 0xF5, 0xD5, 0xFD, 0xDD -> true;
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
