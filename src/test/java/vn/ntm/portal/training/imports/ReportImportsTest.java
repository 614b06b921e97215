package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportImportsTest {

    @Test
    void sniffsEveryFixtureByContent() {
        Map<String, ReportKind> expected = Map.ofEntries(
                Map.entry("zoom-meeting-classic.csv", ReportKind.ZOOM_MEETING),
                Map.entry("zoom-meeting-sentence-case-with-meeting-data.csv", ReportKind.ZOOM_MEETING),
                Map.entry("zoom-meeting-preamble-comma-row-day-first.csv", ReportKind.ZOOM_MEETING),
                Map.entry("zoom-meeting-tab-named-dates.tsv", ReportKind.ZOOM_MEETING),
                Map.entry("zoom-meeting-utf16le-bom.txt", ReportKind.ZOOM_MEETING),
                Map.entry("zoom-webinar-attendee-report.csv", ReportKind.ZOOM_WEBINAR),
                Map.entry("zoom-webinar-older-variant.csv", ReportKind.ZOOM_WEBINAR),
                Map.entry("zoom-webinar-missing-join-time.csv", ReportKind.ZOOM_WEBINAR),
                Map.entry("zoom-webinar-qa.csv", ReportKind.ZOOM_QA),
                Map.entry("youtube-studio-export.zip", ReportKind.YOUTUBE),
                Map.entry("youtube-table-data.csv", ReportKind.YOUTUBE),
                Map.entry("youtube-table-data-vietnamese-headers.csv", ReportKind.YOUTUBE),
                Map.entry("facebook-posts.csv", ReportKind.FACEBOOK_POSTS),
                Map.entry("facebook-videos.csv", ReportKind.FACEBOOK_VIDEOS),
                Map.entry("not-a-report.csv", ReportKind.UNKNOWN),
                Map.entry("zoom-meeting-windows-1258.csv", ReportKind.UNKNOWN),
                Map.entry("zip-without-table-data.zip", ReportKind.UNKNOWN));
        expected.forEach((file, kind) -> assertThat(ReportImports.sniff(file, Fixtures.bytes(file))).as(file).isEqualTo(kind));
        // the file name does not decide
        assertThat(ReportImports.sniff("Table data.csv", Fixtures.bytes("zoom-meeting-classic.csv"))).isEqualTo(ReportKind.ZOOM_MEETING);
    }

    @Test
    void anUnknownFileIsRefusedInVietnamese() {
        ImportResult r = Fixtures.parse("not-a-report.csv");
        assertThat(r).isInstanceOf(UnrecognisedReport.class);
        assertThat(r.acceptable()).isFalse();
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(ReportSniffer.NOT_RECOGNISED);
        assertThat(ReportImports.parse("e.csv", new byte[0], ImportOptions.defaults()).errors())
                .extracting(ImportError::message).containsExactly(TextDecoding.EMPTY);
    }

    @Test
    void anExcelWorkbookIsRefusedWithTheAdvice() {
        byte[] xlsx = Fixtures.bytes("zip-without-table-data.zip");
        assertThat(ReportImports.parse("bao-cao.xlsx", xlsx, ImportOptions.defaults()).errors())
                .extracting(ImportError::message).containsExactly(ReportImports.EXCEL);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        assertThat(ReportImports.parse("bao-cao.xls", xls, ImportOptions.defaults()).errors())
                .extracting(ImportError::message).containsExactly(ReportImports.EXCEL);
    }

    @Test
    void theExpectedKindIsEnforced() {
        ImportResult r = ReportImports.parse(ReportKind.ZOOM_MEETING, "w.csv", Fixtures.bytes("zoom-webinar-attendee-report.csv"),
                ImportOptions.defaults());
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(
                "Tệp này là báo cáo người tham dự webinar Zoom, không phải báo cáo người tham gia cuộc họp Zoom.");
        assertThat(ReportImports.parse(ReportKind.ZOOM_MEETING, "y.zip", Fixtures.bytes("youtube-studio-export.zip"),
                ImportOptions.defaults()).acceptable()).isFalse();
        assertThat(ReportImports.parse(ReportKind.FACEBOOK_POSTS, "v.csv", Fixtures.bytes("facebook-videos.csv"),
                ImportOptions.defaults())).isInstanceOf(FacebookReport.class).matches(ImportResult::acceptable);
    }

    @Test
    void theHashIdentifiesTheRawFile() {
        assertThat(ReportImports.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ReportImports.PARSER_VERSION).isNotBlank();
    }
}
