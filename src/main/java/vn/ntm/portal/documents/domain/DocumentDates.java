package vn.ntm.portal.documents.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The date rules of a document, checked before the database's CHECK constraints see them. */
public final class DocumentDates {

    private DocumentDates() {
    }

    /** Vietnamese messages for each broken rule: effective ≥ issue; expiry after both. {@code issued} is required. */
    public static List<String> problems(LocalDate issued, LocalDate effective, LocalDate expires) {
        List<String> errors = new ArrayList<>();
        if (issued == null) {
            errors.add("Cần nhập ngày ban hành.");
            return errors;
        }
        if (effective != null && effective.isBefore(issued)) {
            errors.add("Ngày có hiệu lực phải bằng hoặc sau ngày ban hành.");
        }
        if (expires != null && !expires.isAfter(issued)) {
            errors.add("Ngày hết hiệu lực phải sau ngày ban hành.");
        } else if (expires != null && effective != null && !expires.isAfter(effective)) {
            errors.add("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        }
        return errors;
    }
}
