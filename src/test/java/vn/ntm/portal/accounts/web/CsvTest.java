package vn.ntm.portal.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() throws Exception {
        StringWriter out = new StringWriter();
        Csv.row(out, "Nguyễn Văn A", "a,b", "nói \"xin chào\"", "hai\ndòng", null, "=HYPERLINK(\"x\")");
        assertThat(out.toString()).isEqualTo("Nguyễn Văn A,\"a,b\",\"nói \"\"xin chào\"\"\",\"hai\ndòng\",,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }
}
