package vn.ntm.portal.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The COPY text the import writes for the people of a Zoom report. */
class CopyTextTest {

    @Test
    void instantsAreWrittenAsIsoUtcLikeInstantToString() {
        Random random = new Random(2021);
        for (int i = 0; i < 20_000; i++) {
            long second = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 60L * 365 * 86_400);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant at = Instant.ofEpochSecond(second, nanos);
            StringBuilder sb = new StringBuilder();
            ImportService.instant(sb, at);
            assertThat(Instant.parse(sb)).as(at.toString()).isEqualTo(at);
            if (nanos == 0) {
                assertThat(sb.toString()).isEqualTo(at.toString());
            }
        }
        StringBuilder sb = new StringBuilder();
        ImportService.instant(sb, Instant.parse("2021-09-28T01:04:05Z"));
        assertThat(sb).hasToString("2021-09-28T01:04:05Z");
    }

    @Test
    void copyLinesGiveEveryLineOnceInOrderWhateverTheReadSize() throws Exception {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            expected.append(i).append("\tngười ").append("x".repeat(i % 97)).append('\n');
        }
        for (int size : new int[] {1, 7, 8_192, 65_536}) {
            ImportService.CopyLines lines = new ImportService.CopyLines(5_000,
                    (i, sb) -> sb.append(i).append("\tngười ").append("x".repeat(i % 97)).append('\n'));
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[size];
            for (int n; (n = lines.read(buffer, 0, size)) != -1; ) {
                read.append(buffer, 0, n);
            }
            assertThat(read.toString()).as("reads of " + size).isEqualTo(expected.toString());
        }
        assertThat(new ImportService.CopyLines(0, (i, sb) -> sb.append("x")).read(new char[10], 0, 10)).isEqualTo(-1);
    }

    @Test
    void textValuesEscapeWhatCopyReadsSpecially() {
        StringBuilder sb = new StringBuilder();
        ImportService.text(sb, "a\\b\tc\nd\re\0f");
        assertThat(sb).hasToString("a\\\\b\\tc\\nd\\re" + "f");
        sb.setLength(0);
        ImportService.text(sb, null);
        assertThat(sb).hasToString("\\N");
    }
}
