package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void weekdayDateTimeInVietnamZone() {
        // 01:39 UTC is 08:39 in Hà Nội, a Wednesday
        assertThat(VietnameseFormat.weekdayDateTime(Instant.parse("2021-10-13T01:39:00Z"))).isEqualTo("Thứ tư - 13/10/2021 08:39");
        // late evening UTC is already the next day (Sunday) in Vietnam
        assertThat(VietnameseFormat.weekdayDateTime(Instant.parse("2024-06-01T18:05:00Z"))).isEqualTo("Chủ nhật - 02/06/2024 01:05");
    }

    @Test
    void numbersUseDotGrouping() {
        assertThat(VietnameseFormat.number(91_820_448)).isEqualTo("91.820.448");
        assertThat(VietnameseFormat.number(174)).isEqualTo("174");
    }

    @Test
    void averageHasOneDecimalWithComma() {
        assertThat(VietnameseFormat.oneDecimal(4.25)).isEqualTo("4,3");
        assertThat(VietnameseFormat.oneDecimal(0)).isEqualTo("0,0");
    }

    @Test
    void datesAreReadAsDateInputsSendThemOrAsVietnameseTypeThem() {
        assertThat(VietnameseFormat.parseDate("2024-03-15")).isEqualTo(java.time.LocalDate.of(2024, 3, 15));
        assertThat(VietnameseFormat.parseDate(" 15/03/2024 ")).isEqualTo(java.time.LocalDate.of(2024, 3, 15));
        assertThat(VietnameseFormat.parseDate("5/3/2024")).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
        assertThat(VietnameseFormat.parseDate("05.03.2024")).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
        assertThat(VietnameseFormat.parseDate("")).isNull();
        assertThat(VietnameseFormat.parseDate(null)).isNull();
        for (String bad : new String[] {"31/02/2024", "2024-13-01", "15/03/24", "2024/03/15", "hôm nay", "15/03/2024x"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> VietnameseFormat.parseDate(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
