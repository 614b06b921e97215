package vn.ntm.portal.training.certificates;

import java.time.LocalDate;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * A date of birth as the registration knows it: a full date ("Ngày sinh: 05/03/1985") or only a year ("Năm sinh:
 * 1985"), since the form asks for the year only.
 */
public record BirthDate(int year, LocalDate date) {

    public BirthDate {
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("Năm sinh không khớp với ngày sinh.");
        }
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("Năm sinh không hợp lệ: " + year + ".");
        }
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(year, null);
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date);
    }

    /** "Ngày sinh: 05/03/1985" or "Năm sinh: 1985". */
    public String printed() {
        return date == null ? "Năm sinh: " + year : "Ngày sinh: " + VietnameseFormat.date(date);
    }
}
