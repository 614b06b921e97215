package vn.ntm.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ntm.portal.web.UserInputException;

/** The statistics date-range form: vi-VN and ISO dates, quick choices, and 400s in Vietnamese. */
class StatsRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FIRST = LocalDate.of(2023, 12, 1);

    @Test
    void readsVietnameseAndIsoDates() {
        assertThat(StatsRange.parse("1/11/2026", "30/11/2026", null, TODAY, FIRST))
                .isEqualTo(new StatsRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(StatsRange.parse("2026-11-01", " 2026-11-30 ", "", TODAY, FIRST))
                .isEqualTo(new StatsRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void defaultsToTheLast30DaysAndFillsAMissingEnd() {
        assertThat(StatsRange.parse(null, null, null, TODAY, FIRST)).isEqualTo(new StatsRange(LocalDate.of(2026, 11, 2), TODAY));
        assertThat(StatsRange.parse("", "15/06/2026", null, TODAY, FIRST)).isEqualTo(new StatsRange(FIRST, LocalDate.of(2026, 6, 15)));
        assertThat(StatsRange.parse("15/06/2026", "", null, TODAY, FIRST)).isEqualTo(new StatsRange(LocalDate.of(2026, 6, 15), TODAY));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            7-ngay, 2026-11-25, 2026-12-01
            30-ngay, 2026-11-02, 2026-12-01
            thang-nay, 2026-12-01, 2026-12-01
            nam-nay, 2026-01-01, 2026-12-01
            toan-bo, 2023-12-01, 2026-12-01
            """)
    void quickChoices(String code, LocalDate from, LocalDate to) {
        assertThat(StatsRange.parse("garbage", "ignored", code, TODAY, FIRST)).isEqualTo(new StatsRange(from, to));
    }

    @ParameterizedTest(name = "{0} – {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/2026 | 01/03/2026 | "Từ ngày" không phải một ngày hợp lệ
            hôm qua    | 01/03/2026 | "Từ ngày" không phải một ngày hợp lệ
            01/03/2026 | 2026-13-01 | "Đến ngày" không phải một ngày hợp lệ
            02/03/2026 | 01/03/2026 | "Từ ngày" phải trước hoặc trùng với "Đến ngày"
            01/03/2026 | 02/12/2026 | không được sau hôm nay
            31/12/1999 | 01/03/2026 | chỉ có từ ngày 01/01/2000
            01/01/0001 | 01/03/2026 | chỉ có từ ngày 01/01/2000
            99999999   | 01/03/2026 | "Từ ngày" không phải một ngày hợp lệ
            """)
    void refusesNonsenseWithA400InVietnamese(String from, String to, String message) {
        assertThatThrownBy(() -> StatsRange.parse(from, to, null, TODAY, FIRST))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining(message);
    }

    @Test
    void anUnknownQuickChoiceIsA400() {
        assertThatThrownBy(() -> StatsRange.parse(null, null, "1-the-ky", TODAY, FIRST))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("Lựa chọn khoảng thời gian không hợp lệ.");
    }

    @Test
    void granularityFollowsTheLength() {
        assertThat(new StatsRange(TODAY.minusDays(61), TODAY).granularity()).isEqualTo(StatsRange.Granularity.DAY);
        assertThat(new StatsRange(TODAY.minusDays(62), TODAY).granularity()).isEqualTo(StatsRange.Granularity.MONTH);
        assertThat(new StatsRange(TODAY.minusYears(5), TODAY).granularity()).isEqualTo(StatsRange.Granularity.YEAR);
    }
}
