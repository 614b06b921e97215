package vn.ntm.portal.training.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The entry point: bytes of an uploaded report → a parsed {@link ImportResult}. Never throws for bad input; every
 * problem is an {@link ImportError} in Vietnamese, so "refuse the whole file on any error" is
 * {@code if (!result.acceptable())}.
 */
public final class ReportImports {

    /** Stored with each import, beside the raw file and its {@link #sha256}: bump when parsing changes. */
    public static final String PARSER_VERSION = "training-imports/1";

    static final String EXCEL = "Tệp Excel (.xlsx, .xls) không nhập trực tiếp được. Hãy dùng tệp CSV tải từ nền tảng, "
            + "hoặc trong Excel chọn Lưu thành (Save As) → \"CSV UTF-8 (Comma delimited)\" rồi nhập lại.";

    private ReportImports() {
    }

    /** Which report the file is; {@link ReportKind#UNKNOWN} when unreadable or not one of them. */
    public static ReportKind sniff(String fileName, byte[] bytes) {
        if (ZipEntries.isZip(bytes)) {
            try {
                return ZipEntries.csvEntries(bytes).containsKey("table data.csv") ? ReportKind.YOUTUBE : ReportKind.UNKNOWN;
            } catch (RefusedFileException e) {
                return ReportKind.UNKNOWN;
            }
        }
        try {
            return ReportSniffer.kindOf(CsvReader.read(TextDecoding.decode(bytes)).records());
        } catch (RefusedFileException e) {
            return ReportKind.UNKNOWN;
        }
    }

    /** Parses whatever known report the file is (see {@link #sniff}). */
    public static ImportResult parse(String fileName, byte[] bytes, ImportOptions options) {
        return parse(null, fileName, bytes, options);
    }

    /**
     * Parses the file, which must be a report of {@code expected} (null: any); another known kind is refused with a
     * message naming both (the two Facebook variants are both accepted for either).
     */
    public static ImportResult parse(ReportKind expected, String fileName, byte[] bytes, ImportOptions options) {
        if (isExcelWorkbook(fileName, bytes)) {
            return UnrecognisedReport.of(EXCEL);
        }
        try {
            if (ZipEntries.isZip(bytes)) {
                return check(expected, youTubeZip(bytes, options));
            }
            List<String[]> records = CsvReader.read(TextDecoding.decode(bytes)).records();
            ReportKind kind = ReportSniffer.kindOf(records);
            if (kind == ReportKind.UNKNOWN) {
                return UnrecognisedReport.of(ReportSniffer.NOT_RECOGNISED);
            }
            if (expected != null && !compatible(expected, kind)) {
                return mismatch(expected, kind);
            }
            return switch (kind) {
                case ZOOM_MEETING -> ZoomMeetingParser.parse(records, options);
                case ZOOM_WEBINAR -> ZoomWebinarParser.parse(records, options);
                case ZOOM_QA -> ZoomQaParser.parse(records, options);
                case YOUTUBE -> YouTubeParser.parse(records, List.of(), new ArrayList<>(), new ArrayList<>(), options);
                case FACEBOOK_POSTS, FACEBOOK_VIDEOS -> FacebookParser.parse(records, options);
                case UNKNOWN -> UnrecognisedReport.of(ReportSniffer.NOT_RECOGNISED);
            };
        } catch (RefusedFileException e) {
            return UnrecognisedReport.of(e.getMessage());
        }
    }

    /** Hex SHA-256 of the raw bytes: re-importing the same file is recognised by it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportResult youTubeZip(byte[] bytes, ImportOptions options) throws RefusedFileException {
        Map<String, byte[]> entries = ZipEntries.csvEntries(bytes);
        byte[] table = entries.get("table data.csv");
        if (table == null) {
            return UnrecognisedReport.of("Tệp ZIP không có \"Table data.csv\": đây không phải tệp xuất từ YouTube Studio.");
        }
        List<String> warnings = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        List<DailyViews> daily = List.of();
        byte[] totals = entries.get("totals.csv");
        if (totals != null) {
            try {
                daily = YouTubeParser.daily("Totals.csv", CsvReader.read(TextDecoding.decode(totals)).records(), options, errors);
            } catch (RefusedFileException e) {
                errors.add(ImportError.ofFile("Totals.csv: " + e.getMessage()));
            }
        }
        try {
            List<String[]> records = CsvReader.read(TextDecoding.decode(table)).records();
            YouTubeReport report = YouTubeParser.parse(records, daily, warnings, new ArrayList<>(), options);
            List<ImportError> all = new ArrayList<>(errors);
            all.addAll(report.errors());
            return new YouTubeReport(report.videos(), report.total(), daily, report.warnings(), all);
        } catch (RefusedFileException e) {
            return UnrecognisedReport.of("Table data.csv: " + e.getMessage());
        }
    }

    private static ImportResult check(ReportKind expected, ImportResult result) {
        if (expected != null && result.kind() != ReportKind.UNKNOWN && !compatible(expected, result.kind())) {
            return mismatch(expected, result.kind());
        }
        return result;
    }

    private static boolean compatible(ReportKind expected, ReportKind actual) {
        boolean facebook = expected == ReportKind.FACEBOOK_POSTS || expected == ReportKind.FACEBOOK_VIDEOS;
        return expected == actual || facebook && (actual == ReportKind.FACEBOOK_POSTS || actual == ReportKind.FACEBOOK_VIDEOS);
    }

    private static ImportResult mismatch(ReportKind expected, ReportKind actual) {
        return UnrecognisedReport.of("Tệp này là " + lower(actual.label()) + ", không phải " + lower(expected.label()) + ".");
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static boolean isExcelWorkbook(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        boolean ole = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11 && (bytes[3] & 0xFF) == 0xE0;
        return ole || (ZipEntries.isZip(bytes) && (name.endsWith(".xlsx") || name.endsWith(".xlsm")));
    }
}
