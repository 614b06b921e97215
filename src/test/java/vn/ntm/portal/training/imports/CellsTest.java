package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void dashesEmptyAndNaAreNull() {
        String[] rec = {"--", " ", "NA", " Nguyễn Văn An ", ""};
        assertThat(Cells.text(rec, 0)).isNull();
        assertThat(Cells.text(rec, 1)).isNull();
        assertThat(Cells.text(rec, 2)).isNull();
        assertThat(Cells.text(rec, 3)).isEqualTo("Nguyễn Văn An");
        assertThat(Cells.text(rec, 4)).isNull();
        assertThat(Cells.text(rec, 9)).as("missing trailing cell").isNull();
        assertThat(Cells.text(rec, -1)).as("absent column").isNull();
        assertThat(Cells.isEmpty(new String[] {"", "--", " "})).isTrue();
        assertThat(Cells.isEmpty(new String[] {"", "x"})).isFalse();
    }

    @Test
    void readsNumbersWithThousandsSeparators() {
        assertThat(Cells.wholeNumber("12,500")).isEqualTo(12500L);
        assertThat(Cells.wholeNumber("1,234,567")).isEqualTo(1234567L);
        assertThat(Cells.wholeNumber("1.234.567")).isEqualTo(1234567L);
        assertThat(Cells.wholeNumber("53")).isEqualTo(53L);
        assertThat(Cells.wholeNumber("12.0")).isEqualTo(12L);
        assertThat(Cells.wholeNumber("12.5")).isNull();
        assertThat(Cells.wholeNumber("sáu")).isNull();
        assertThat(Cells.number("3125.5")).isEqualByComparingTo("3125.5");
        assertThat(Cells.number("4.321,5")).isEqualByComparingTo("4321.5");
        assertThat(Cells.number("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(Cells.number("3,5")).isEqualByComparingTo("3.5");
        assertThat(Cells.number("5.33%")).isEqualByComparingTo(new BigDecimal("5.33"));
        assertThat(Cells.number("-2")).isEqualByComparingTo("-2");
        assertThat(Cells.number("1-2")).isNull();
    }

    @Test
    void readsYesNoAndDurations() {
        assertThat(Cells.yesNo("Yes")).isTrue();
        assertThat(Cells.yesNo("no")).isFalse();
        assertThat(Cells.yesNo("Có")).isTrue();
        assertThat(Cells.yesNo("Maybe")).isNull();
        assertThat(Cells.durationSeconds("0:15:00")).isEqualTo(900L);
        assertThat(Cells.durationSeconds("1:02:03")).isEqualTo(3723L);
        assertThat(Cells.durationSeconds("4:05")).isEqualTo(245L);
        assertThat(Cells.durationSeconds("12600")).isEqualTo(12600L);
        assertThat(Cells.durationSeconds("1::2")).isNull();
        assertThat(Cells.durationSeconds("1:2:3:4")).isNull();
    }

    @Test
    void recoversExcelTextMarksAndFlagsScientificNotation() {
        assertThat(Cells.id("=\"0912345678\"")).isEqualTo(new Cells.Id("0912345678", true));
        assertThat(Cells.id("'0912345678")).isEqualTo(new Cells.Id("0912345678", true));
        assertThat(Cells.id("84512345678")).isEqualTo(new Cells.Id("84512345678", false));
        assertThat(Cells.id("8.12345E+10")).isEqualTo(new Cells.MangledId("8.12345E+10"));
        assertThat(Cells.id("=\"8,12345E+10\"")).isInstanceOf(Cells.MangledId.class);
        assertThat(Cells.isScientific("9.12e8")).isTrue();
        assertThat(Cells.isScientific("Eva")).isFalse();
        assertThat(Cells.isScientific("12E")).isFalse();
        assertThat(Cells.id(null)).isNull();
    }

    @Test
    void phoneNumbersBecomePlus84AndExcelDamageIsWarnedOrRefused() {
        List<String> warnings = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        assertThat(Cells.phone(5, "=\"0912345678\"", warnings, errors)).isEqualTo("+84912345678");
        assertThat(Cells.phone(6, "'0987 654 321", warnings, errors)).isEqualTo("+84987654321");
        assertThat(warnings).isEmpty();
        assertThat(Cells.phone(7, "912000111", warnings, errors)).isEqualTo("+84912000111");
        assertThat(warnings).containsExactly("Dòng 7: số điện thoại \"912000111\" bị mất số 0 ở đầu (do Excel), đã hiểu là 0912000111.");
        assertThat(Cells.phone(8, "+33 1 23 45 67 89", warnings, errors)).isEqualTo("+33 1 23 45 67 89");
        assertThat(warnings).hasSize(2);
        assertThat(Cells.phone(9, "8.49123E+10", warnings, errors)).isNull();
        assertThat(errors).extracting(ImportError::message).containsExactly("Dòng 9: số điện thoại \"8.49123E+10\" đã bị Excel đổi "
                + "thành số dạng lũy thừa nên mất chữ số. Hãy dùng tệp gốc tải từ nền tảng, không mở và lưu lại bằng Excel.");
    }
}
