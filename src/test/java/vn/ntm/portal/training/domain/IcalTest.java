package vn.ntm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcalTest {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewlines() {
        assertThat(Ical.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "Chuyên đề 3: Phát triển sản phẩm từ lợi thế địa phương, xây dựng phương án sản xuất kinh doanh; câu chuyện sản phẩm";
        String cal = Ical.calendar("Chuỗi tập huấn", List.of(new Ical.Event("buoi-1@example.test", Instant.parse("2021-09-28T01:00:00Z"),
                Instant.parse("2021-09-28T04:30:00Z"), summary, "Dòng một\nDòng hai", null, "https://example.test/tap-huan/x")),
                Instant.parse("2021-09-01T00:00:00Z"));
        assertThat(cal).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : cal.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(cal).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        String unfolded = cal.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + summary.replace(",", "\\,").replace(";", "\\;") + "\r\n")
                .contains("DESCRIPTION:Dòng một\\nDòng hai\r\n")
                .contains("DTSTART:20210928T010000Z\r\n").contains("DTEND:20210928T043000Z\r\n")
                .contains("UID:buoi-1@example.test\r\n").contains("URL:https://example.test/tap-huan/x\r\n");
        // every folded line went through whole: unfolding gives valid UTF-8 back, the same text
        assertThat(new String(unfolded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(unfolded);
    }
}
