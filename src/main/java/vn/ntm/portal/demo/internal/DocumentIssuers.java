package vn.ntm.portal.demo.internal;

import java.util.List;
import java.util.Map;

/**
 * Who issues each type of document, how its number/symbol is written and who signs it. In a symbol,
 * {n} is the running number, {y} the year, {k} a department digit. Bodies renamed in 2025 (the ministry
 * and department of agriculture merged with environment) have a "before" and an "after" form.
 */
final class DocumentIssuers {

    record Issuer(String body, String bodyBefore2025, String symbol, String symbolBefore2025, String signerPosition) {

        Issuer(String body, String symbol, String signerPosition) {
            this(body, body, symbol, symbol, signerPosition);
        }
    }

    static final String PROVINCE = "UBND tỉnh";
    static final String OFFICE = "Văn phòng Điều phối nông thôn mới tỉnh";
    static final String COMMITTEE = "Ban Chỉ đạo các Chương trình MTQG tỉnh";
    private static final Issuer DEPARTMENT = new Issuer("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
            "{n}/SNNMT-VPĐP", "{n}/SNN-VPĐP", "Phó Giám đốc Sở");

    /** Type code → possible issuers; how often each type occurs is in {@link #TYPE_WEIGHTS}. */
    static final Map<String, List<Issuer>> BY_TYPE = Map.of(
            "cong-van", List.of(new Issuer(PROVINCE, "{n}/UBND-NL{k}", "Phó Chủ tịch UBND tỉnh"),
                    new Issuer(OFFICE, "{n}/VPĐP-NTM", "Chánh Văn phòng"), DEPARTMENT),
            "quyet-dinh", List.of(new Issuer(PROVINCE, "{n}/QĐ-UBND", "Phó Chủ tịch UBND tỉnh"),
                    new Issuer(PROVINCE, "{n}/{y}/QĐ-UBND", "Chủ tịch UBND tỉnh")),
            "nghi-dinh", List.of(new Issuer("Chính phủ", "{n}/{y}/NĐ-CP", "Phó Thủ tướng Chính phủ")),
            "thong-tu", List.of(new Issuer("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
                    "{n}/{y}/TT-BNNMT", "{n}/{y}/TT-BNNPTNT", "Thứ trưởng")),
            "chi-thi", List.of(new Issuer(PROVINCE, "{n}/CT-UBND", "Chủ tịch UBND tỉnh")),
            "ke-hoach", List.of(new Issuer(PROVINCE, "{n}/KH-UBND", "Phó Chủ tịch UBND tỉnh"),
                    new Issuer(COMMITTEE, "{n}/KH-BCĐ", "Phó Trưởng ban Thường trực")),
            "thong-bao", List.of(new Issuer("Văn phòng UBND tỉnh", "{n}/TB-UBND", "Phó Chánh Văn phòng"),
                    new Issuer(OFFICE, "{n}/TB-VPĐP", "Chánh Văn phòng")),
            "huong-dan", List.of(new Issuer(OFFICE, "{n}/HD-VPĐP", "Chánh Văn phòng"), DEPARTMENT),
            "bao-cao", List.of(new Issuer(PROVINCE, "{n}/BC-UBND", "Phó Chủ tịch UBND tỉnh"),
                    new Issuer(COMMITTEE, "{n}/BC-BCĐ", "Phó Trưởng ban Thường trực")),
            "van-ban", List.of(new Issuer(PROVINCE, "{n}/UBND-NL5", "Phó Chủ tịch UBND tỉnh")));

    static final Map<String, Integer> TYPE_WEIGHTS = Map.of("cong-van", 14, "quyet-dinh", 12, "ke-hoach", 8,
            "thong-bao", 6, "huong-dan", 5, "bao-cao", 5, "van-ban", 4, "chi-thi", 2, "nghi-dinh", 2, "thong-tu", 2);

    /** A fixed order to walk the weights in: Map.of iterates in no stable order, and output must be deterministic. */
    static final List<String> TYPE_ORDER = List.of("cong-van", "quyet-dinh", "ke-hoach", "thong-bao", "huong-dan",
            "bao-cao", "van-ban", "chi-thi", "nghi-dinh", "thong-tu");

    private DocumentIssuers() {
    }

    /** Whether a number is written per year ("15/2024/QĐ-UBND") and so runs from 1 each January. */
    static boolean yearly(String symbol) {
        return symbol.contains("{y}");
    }
}
