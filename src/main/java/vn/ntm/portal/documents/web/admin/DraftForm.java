package vn.ntm.portal.documents.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.ntm.portal.documents.domain.CommentWindow;
import vn.ntm.portal.documents.domain.DocumentDraft;
import vn.ntm.portal.documents.domain.DraftInput;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;

/** The draft form as typed; the window as {@code <input type="datetime-local">} sends it, in Vietnam's time. */
public record DraftForm(String numberSymbol, String typeId, String title, String abstractText, String fullText,
                        String draftingBody, String examiningBody, String opensAt, String closesAt, List<String> fieldIds) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static DraftForm empty(Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        return new DraftForm("", "", "", "", "", "", "", local(start), local(start.plus(30, ChronoUnit.DAYS)), List.of());
    }

    static DraftForm of(DocumentDraft d, String fullText, List<Long> fieldIds) {
        return new DraftForm(d.numberSymbol(), String.valueOf(d.typeId()), d.title(), d.abstractText(), fullText, d.draftingBody(),
                d.examiningBody(), local(d.window().opens()), local(d.window().closes()), fieldIds.stream().map(String::valueOf).toList());
    }

    static DraftForm from(HttpServletRequest r) {
        String[] fields = r.getParameterValues("fieldIds");
        return new DraftForm(p(r, "numberSymbol"), p(r, "typeId"), p(r, "title"), p(r, "abstractText"), p(r, "fullText"),
                p(r, "draftingBody"), p(r, "examiningBody"), p(r, "opensAt"), p(r, "closesAt"),
                fields == null ? List.of() : Arrays.stream(fields).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
    }

    public boolean hasField(long id) {
        return fieldIds.contains(String.valueOf(id));
    }

    /** The input to save, adding a Vietnamese message to {@code errors} for each problem. */
    DraftInput validate(Set<Long> typeIds, Set<Long> knownFields, List<String> errors) {
        if (numberSymbol.length() > 100) {
            errors.add("Số ký hiệu dài tối đa 100 ký tự.");
        }
        long type = typeId.matches("\\d{1,18}") ? Long.parseLong(typeId) : 0;
        if (!typeIds.contains(type)) {
            errors.add("Cần chọn loại văn bản.");
        }
        if (title.isEmpty() || title.length() > 500) {
            errors.add("Cần nhập tên dự thảo (tối đa 500 ký tự).");
        }
        if (abstractText.length() > 2000) {
            errors.add("Trích yếu dài tối đa 2.000 ký tự.");
        }
        if (fullText.length() > 500_000) {
            errors.add("Toàn văn dài tối đa 500.000 ký tự.");
        }
        if (draftingBody.isEmpty() || draftingBody.length() > 300) {
            errors.add("Cần nhập cơ quan chủ trì soạn thảo (tối đa 300 ký tự).");
        }
        if (examiningBody.length() > 300) {
            errors.add("Cơ quan thẩm định dài tối đa 300 ký tự.");
        }
        Instant opens = instant(opensAt, "Thời điểm bắt đầu lấy ý kiến", errors);
        Instant closes = instant(closesAt, "Thời điểm kết thúc lấy ý kiến", errors);
        if ((opensAt.isEmpty() || opens != null) && (closesAt.isEmpty() || closes != null)) {
            errors.addAll(CommentWindow.problems(opens, closes));
        }
        List<Long> fields = new ArrayList<>();
        for (String f : fieldIds) {
            if (!f.matches("\\d{1,18}") || !knownFields.contains(Long.parseLong(f))) {
                errors.add("Lĩnh vực đã chọn không tồn tại.");
                break;
            }
            fields.add(Long.parseLong(f));
        }
        return errors.isEmpty() ? new DraftInput(numberSymbol, type, title, abstractText, fullText, draftingBody, examiningBody,
                new CommentWindow(opens, closes), fields) : null;
    }

    /** "2026-03-01T08:00" in Vietnam's time; null (and a message) when unreadable, null when empty. */
    static Instant instant(String text, String label, List<String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.length() > 16 ? text.substring(0, 16) : text, LOCAL).atZone(VietnameseFormat.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(label + " không hợp lệ (ngày và giờ, ví dụ 2026-03-01T08:00).");
            return null;
        }
    }

    static String local(Instant t) {
        return LOCAL.format(t.atZone(VietnameseFormat.ZONE));
    }

    private static String p(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        return v == null ? "" : VietnameseText.nfc(v.strip());
    }
}
