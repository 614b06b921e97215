package vn.ntm.portal.training.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.ntm.portal.shared.PhoneNumbers;

/**
 * Reading single cells. Every accessor takes the record and a pre-resolved column index (-1 when the file has no such
 * column) and never uses a regular expression, so the hot loops stay cheap.
 */
final class Cells {

    private Cells() {
    }

    /** The trimmed cell, or null when the column is absent or the cell is empty, {@code --} or {@code NA}. */
    static String text(String[] record, int index) {
        if (index < 0 || index >= record.length) {
            return null;
        }
        String s = record[index];
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        int len = end - start;
        if (len == 0 || (len == 2 && s.charAt(start) == '-' && s.charAt(start + 1) == '-')
                || (len == 2 && s.charAt(start) == 'N' && s.charAt(start + 1) == 'A')) {
            return null;
        }
        return len == s.length() ? s : s.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\uFEFF';
    }

    /** True when every cell of the record is null by {@link #text}: a blank line or a row of commas. */
    static boolean isEmpty(String[] record) {
        for (int i = 0; i < record.length; i++) {
            if (text(record, i) != null) {
                return false;
            }
        }
        return true;
    }

    /** The first non-null cell's normalised text, or "". */
    static String firstKey(String[] record) {
        for (int i = 0; i < record.length; i++) {
            String t = text(record, i);
            if (t != null) {
                return i == 0 ? HeaderNames.normalise(t) : "";
            }
        }
        return "";
    }

    /** Number of non-null cells. */
    static int filled(String[] record) {
        int n = 0;
        for (int i = 0; i < record.length; i++) {
            if (text(record, i) != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * A whole number such as {@code 53}, {@code "12,500"}, {@code 1.234.567} or {@code 12.0};
     * null when the text is no whole number.
     */
    static Long wholeNumber(String text) {
        BigDecimal d = number(text);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * A number written with or without thousands separators: {@code 1,234.5}, {@code 1.234,5}, {@code "12,500"},
     * {@code 1.234.567}, {@code 0.75}, {@code 3,5}. With both marks the last one is the decimal mark; a single comma
     * followed by exactly three digits groups thousands (the platforms write US-English numbers), other single commas
     * are decimal commas; a single dot is a decimal point. A trailing {@code %} is ignored. Null when not a number.
     */
    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        char decimal;
        if (lastComma >= 0 && lastDot >= 0) {
            decimal = lastComma > lastDot ? ',' : '.';
        } else if (lastComma >= 0) {
            boolean one = s.indexOf(',') == lastComma;
            decimal = one && s.length() - lastComma - 1 != 3 ? ',' : 'x';
        } else if (lastDot >= 0) {
            decimal = s.indexOf('.') == lastDot ? '.' : 'x';
        } else {
            decimal = 'x';
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c == decimal) {
                sb.append('.');
            } else if ((c == ',' || c == '.' || c == ' ' || c == '\u00A0') && i > 0) {
                continue; // thousands separator
            } else if ((c == '-' || c == '+') && i == 0) {
                sb.append(c);
            } else {
                return null;
            }
        }
        try {
            return new BigDecimal(sb.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code Yes}/{@code No} (also {@code Có}/{@code Không}, {@code true}/{@code false}); null when neither. */
    static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (HeaderNames.normalise(text)) {
            case "yes", "y", "true", "co", "1" -> Boolean.TRUE;
            case "no", "n", "false", "khong", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Seconds in {@code H:MM:SS}, {@code MM:SS} or plain seconds; null when not such a duration. */
    static Long durationSeconds(String text) {
        if (text == null) {
            return null;
        }
        long total = 0;
        long part = 0;
        int parts = 0;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                part = part * 10 + (c - '0');
                digit = true;
            } else if (c == ':' && digit) {
                total = total * 60 + part;
                part = 0;
                digit = false;
                parts++;
            } else {
                return null;
            }
        }
        if (!digit || parts > 2) {
            return null;
        }
        return total * 60 + part;
    }

    /** What became of an identifier cell that Excel may have touched. */
    sealed interface IdCell {
    }

    /** The identifier, recovered from {@code ="…"} or a leading apostrophe when need be. */
    record Id(String value, boolean recovered) implements IdCell {
    }

    /** Excel wrote the identifier as a floating-point number ({@code 8.12345E+10}): its digits are lost. */
    record MangledId(String raw) implements IdCell {
    }

    /**
     * An identifier (meeting id, post id, phone number) as text: {@code ="0912345678"} and {@code '0912345678} are the
     * marks Excel leaves when told to keep text and are removed; {@code 8.12345E+10} means Excel turned the digits into
     * a rounded number, which cannot be undone. Null for an empty cell.
     */
    static IdCell id(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        boolean recovered = false;
        if (s.length() >= 3 && s.charAt(0) == '=' && s.charAt(1) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(2, s.length() - 1).strip();
            recovered = true;
        } else if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019')) {
            s = s.substring(1).strip();
            recovered = true;
        }
        if (isScientific(s)) {
            return new MangledId(text);
        }
        return s.isEmpty() ? null : new Id(s, recovered);
    }

    /** {@code 8.12345E+10}, {@code 9.12E8}, {@code 8,12345E+10}. */
    static boolean isScientific(String s) {
        int e = Math.max(s.indexOf('E'), s.indexOf('e'));
        if (e <= 0 || e == s.length() - 1) {
            return false;
        }
        boolean mantissaDigit = false;
        for (int i = 0; i < e; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissaDigit = true;
            } else if (c != '.' && c != ',') {
                return false;
            }
        }
        int i = e + 1;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return mantissaDigit;
    }

    /** The row error for an identifier Excel turned into a number; {@code what} as "mã webinar", "số điện thoại". */
    static ImportError mangledIdError(int row, String what, String raw) {
        return ImportError.atRow(row, what + " \"" + raw + "\" đã bị Excel đổi thành số dạng lũy thừa nên mất chữ số. "
                + "Hãy dùng tệp gốc tải từ nền tảng, không mở và lưu lại bằng Excel.");
    }

    /**
     * A phone number cell to {@code +84…}: Excel marks removed; a 9-digit mobile number whose leading zero Excel
     * dropped ({@code 912345678}) is recognised and given back its zero with a warning; a number in E-notation is an
     * error; anything else that is no Vietnamese number is kept as written, with a warning.
     */
    static String phone(int row, String text, List<String> warnings, List<ImportError> errors) {
        IdCell cell = id(text);
        if (cell == null) {
            return null;
        }
        if (cell instanceof MangledId m) {
            errors.add(mangledIdError(row, "số điện thoại", m.raw()));
            return null;
        }
        String value = ((Id) cell).value();
        Optional<String> normalised = PhoneNumbers.normalise(value);
        if (normalised.isPresent()) {
            return normalised.get();
        }
        if (allDigits(value) && value.length() == 9 && value.charAt(0) != '0') {
            Optional<String> withZero = PhoneNumbers.normalise("0" + value);
            if (withZero.isPresent()) {
                warnings.add("Dòng " + row + ": số điện thoại \"" + value + "\" bị mất số 0 ở đầu (do Excel), đã hiểu là 0" + value + ".");
                return withZero.get();
            }
        }
        warnings.add("Dòng " + row + ": số điện thoại \"" + value + "\" không phải số điện thoại Việt Nam, giữ nguyên như trong tệp.");
        return value;
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
