package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedCellsDoubledQuotesAndLineBreaksInQuotes() throws Exception {
        List<String[]> rows = CsvReader.read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"line 1\nline 2\",x,\n", ',');
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(rows.get(1)).containsExactly("line 1\nline 2", "x", "");
    }

    @Test
    void keepsBlankLinesAsRecordsSoRowNumbersMatchTheSpreadsheet() throws Exception {
        List<String[]> rows = CsvReader.read("h1,h2\n\n,,\nv1,v2", ',');
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEmpty();
        assertThat(rows.get(2)).containsExactly("", "", "");
        assertThat(rows.get(3)).containsExactly("v1", "v2");
    }

    @Test
    void handlesEmptyCellsEverywhereAndCrLineEndings() throws Exception {
        List<String[]> rows = CsvReader.read(",a,,b,\r,", ',');
        assertThat(rows.get(0)).containsExactly("", "a", "", "b", "");
        assertThat(rows.get(1)).containsExactly("", "");
    }

    @Test
    void takesAQuoteInsideAnUnquotedCellLiterally() throws Exception {
        assertThat(CsvReader.read("5\" screen,x\n", ',').get(0)).containsExactly("5\" screen", "x");
    }

    @Test
    void refusesAQuoteThatIsNeverClosedNamingItsRow() {
        assertThatThrownBy(() -> CsvReader.read("h\nok\n\"open,\nmore\n", ','))
                .isInstanceOf(RefusedFileException.class)
                .hasMessage("Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng 3 không được đóng lại.");
    }

    @Test
    void detectsTheDelimiterFromHeaderAndSectionLines() {
        assertThat(CsvReader.detectDelimiter("Name (Original Name),User Email,Join Time\nA,a@x,1")).isEqualTo(',');
        assertThat(CsvReader.detectDelimiter("Name (Original Name)\tUser Email\tJoin Time\nA\ta@x\t1")).isEqualTo('\t');
        assertThat(CsvReader.detectDelimiter("Name (Original Name);User Email;Join Time\nA;a@x;1,5")).isEqualTo(';');
        // commas inside quoted dates and decimal commas on data lines do not outvote the header
        assertThat(CsvReader.detectDelimiter("Topic\tStart\n\"Mar 23, 2025 6:26 PM\"\t\"1,2,3,4,5\"\n")).isEqualTo('\t');
        assertThat(CsvReader.detectDelimiter("Views;Reach\n1,5;2,5;3,5;4,5\n")).isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("single")).isEqualTo(',');
    }
}
