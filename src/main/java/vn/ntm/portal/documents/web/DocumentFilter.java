package vn.ntm.portal.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.documents.domain.DocumentField;
import vn.ntm.portal.documents.domain.DocumentQuery;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.DocumentType;
import vn.ntm.portal.documents.domain.Validity;
import vn.ntm.portal.web.UserInputException;

/**
 * The public list's filters as typed in the GET form ({@code q}, {@code loai}, {@code co-quan}, {@code linh-vuc},
 * {@code nguoi-ky}, {@code nam}, {@code hieu-luc}, {@code tu-ngay}, {@code den-ngay}) and the query they make.
 * A value that cannot be understood is a 400 with a Vietnamese message, never a 5xx.
 */
public record DocumentFilter(Map<String, String> values, DocumentQuery query, int page) {

    static final List<String> NAMES = List.of("q", "loai", "co-quan", "linh-vuc", "nguoi-ky", "nam", "hieu-luc", "tu-ngay", "den-ngay");

    static DocumentFilter parse(HttpServletRequest request, DocumentStore store) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = request.getParameter(name);
            v.put(name, value == null ? "" : value.strip());
        }
        if (v.values().stream().anyMatch(s -> s.length() > 300)) {
            throw new UserInputException(400, "Điều kiện tìm kiếm quá dài.");
        }
        String trang = request.getParameter("trang");
        int page = 1;
        if (trang != null) {
            if (!trang.matches("\\d{1,5}") || Integer.parseInt(trang) < 1) {
                throw new UserInputException(400, "Số trang không hợp lệ.");
            }
            page = Integer.parseInt(trang);
        }
        Long typeId = null;
        if (!v.get("loai").isEmpty()) {
            typeId = store.types().stream().filter(t -> t.code().equals(v.get("loai"))).map(DocumentType::id).findFirst()
                    .orElseThrow(() -> new UserInputException(400, "Không có loại văn bản này."));
        }
        List<Long> fieldIds = List.of();
        if (!v.get("linh-vuc").isEmpty()) {
            long fieldId = store.fieldTree().stream().filter(f -> f.slug().equals(v.get("linh-vuc"))).map(DocumentField::id).findFirst()
                    .orElseThrow(() -> new UserInputException(400, "Không có lĩnh vực này."));
            fieldIds = store.withDescendants(fieldId);
        }
        Integer year = null;
        if (!v.get("nam").isEmpty()) {
            if (!v.get("nam").matches("\\d{4}") || Integer.parseInt(v.get("nam")) < 1900 || Integer.parseInt(v.get("nam")) > 2200) {
                throw new UserInputException(400, "Năm ban hành không hợp lệ (nhập 4 chữ số, ví dụ 2024).");
            }
            year = Integer.parseInt(v.get("nam"));
        }
        Validity validity = null;
        if (!v.get("hieu-luc").isEmpty()) {
            validity = Validity.byCode(v.get("hieu-luc"))
                    .orElseThrow(() -> new UserInputException(400, "Tình trạng hiệu lực không hợp lệ."));
        }
        LocalDate from = date(v.get("tu-ngay"), "Từ ngày");
        LocalDate to = date(v.get("den-ngay"), "Đến ngày");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserInputException(400, "Khoảng ngày ban hành không hợp lệ: \"Đến ngày\" phải bằng hoặc sau \"Từ ngày\".");
        }
        DocumentQuery query = new DocumentQuery(typeId, blankToNull(v.get("co-quan")), fieldIds, blankToNull(v.get("nguoi-ky")), year,
                validity, from, to, blankToNull(v.get("q")));
        return new DocumentFilter(v, query, page);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean any() {
        return values.values().stream().anyMatch(s -> !s.isEmpty());
    }

    /** The list's address with these filters on page {@code n}. */
    public String pageHref(int n) {
        String params = values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String pageParam = n > 1 ? "trang=" + n : "";
        String all = params.isEmpty() ? pageParam : pageParam.isEmpty() ? params : params + "&" + pageParam;
        return all.isEmpty() ? "/van-ban" : "/van-ban?" + all;
    }

    private static LocalDate date(String text, String label) {
        try {
            return VietnameseFormat.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(400, label + " không hợp lệ (ví dụ 15/03/2024).");
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
