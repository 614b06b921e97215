package vn.ntm.portal.documents.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.documents.domain.DocumentDates;
import vn.ntm.portal.documents.domain.DocumentInput;
import vn.ntm.portal.documents.domain.LegalDocument;

/** The document form as typed (dates as yyyy-MM-dd, as {@code <input type="date">} sends them). */
public record DocumentForm(String numberSymbol, String typeId, String title, String abstractText, String fullText,
                           String issuingBody, String signerName, String signerPosition, String issuedOn, String effectiveOn,
                           String expiresOn, List<String> fieldIds, boolean published) {

    static DocumentForm empty(LocalDate today) {
        return new DocumentForm("", "", "", "", "", "", "", "", today.toString(), "", "", List.of(), true);
    }

    static DocumentForm of(LegalDocument d, String fullText, List<Long> fieldIds) {
        return new DocumentForm(d.numberSymbol(), String.valueOf(d.typeId()), d.title(), d.abstractText(), fullText, d.issuingBody(),
                d.signerName(), d.signerPosition(), text(d.issuedOn()), text(d.effectiveOn()), text(d.expiresOn()),
                fieldIds.stream().map(String::valueOf).toList(), d.published());
    }

    static DocumentForm from(HttpServletRequest r) {
        String[] fields = r.getParameterValues("fieldIds");
        return new DocumentForm(p(r, "numberSymbol"), p(r, "typeId"), p(r, "title"), p(r, "abstractText"),
                r.getParameter("fullText") == null ? "" : r.getParameter("fullText").strip(), p(r, "issuingBody"), p(r, "signerName"),
                p(r, "signerPosition"), p(r, "issuedOn"), p(r, "effectiveOn"), p(r, "expiresOn"),
                fields == null ? List.of() : Arrays.stream(fields).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                r.getParameter("published") != null);
    }

    public boolean hasField(long id) {
        return fieldIds.contains(String.valueOf(id));
    }

    /**
     * The input to save, adding a Vietnamese message to {@code errors} for each problem.
     *
     * @param typeIds  the types that exist
     * @param fieldIdsKnown the fields that exist
     */
    DocumentInput validate(Set<Long> typeIds, Set<Long> fieldIdsKnown, List<String> errors) {
        if (numberSymbol.isEmpty() || numberSymbol.length() > 100) {
            errors.add("Cần nhập số ký hiệu (tối đa 100 ký tự).");
        }
        long type = 0;
        try {
            type = Long.parseLong(typeId);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!typeIds.contains(type)) {
            errors.add("Cần chọn loại văn bản.");
        }
        if (title.length() > 500) {
            errors.add("Tiêu đề dài tối đa 500 ký tự.");
        }
        if (abstractText.isEmpty() || abstractText.length() > 2000) {
            errors.add("Cần nhập trích yếu (tối đa 2.000 ký tự).");
        }
        if (fullText.length() > 500_000) {
            errors.add("Toàn văn dài tối đa 500.000 ký tự.");
        }
        if (issuingBody.isEmpty() || issuingBody.length() > 300) {
            errors.add("Cần nhập cơ quan ban hành (tối đa 300 ký tự).");
        }
        if (signerName.length() > 200 || signerPosition.length() > 200) {
            errors.add("Tên và chức vụ người ký dài tối đa 200 ký tự.");
        }
        LocalDate issued = date(issuedOn, "Ngày ban hành", errors);
        LocalDate effective = date(effectiveOn, "Ngày có hiệu lực", errors);
        LocalDate expires = date(expiresOn, "Ngày hết hiệu lực", errors);
        if (!issuedOn.isEmpty() && issued == null) {
            // already reported as unreadable
        } else {
            errors.addAll(DocumentDates.problems(issued, effective, expires));
        }
        List<Long> fields = new ArrayList<>();
        for (String f : fieldIds) {
            try {
                long id = Long.parseLong(f);
                if (fieldIdsKnown.contains(id)) {
                    fields.add(id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add("Lĩnh vực đã chọn không tồn tại.");
            break;
        }
        return errors.isEmpty() ? new DocumentInput(numberSymbol, type, title, abstractText, fullText, issuingBody, signerName,
                signerPosition, issued, effective, expires, fields, published) : null;
    }

    private static LocalDate date(String text, String label, List<String> errors) {
        try {
            return VietnameseFormat.parseDate(text);
        } catch (IllegalArgumentException e) {
            errors.add(label + " không hợp lệ (ví dụ 15/03/2024).");
            return null;
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String p(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        return v == null ? "" : v.strip();
    }
}
