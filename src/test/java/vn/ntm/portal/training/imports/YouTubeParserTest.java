package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class YouTubeParserTest {

    @Test
    void readsTheStudioZipWithTotalRowAndDailyTotals() {
        ImportResult result = Fixtures.parse("youtube-studio-export.zip");
        assertThat(result).isInstanceOf(YouTubeReport.class);
        YouTubeReport r = (YouTubeReport) result;
        assertThat(r.errors()).isEmpty();
        assertThat(r.total().views()).isEqualTo(12_500L);
        assertThat(r.total().watchTimeHours()).isEqualByComparingTo("3125.5");
        assertThat(r.total().impressions()).isEqualTo(250_000L);
        assertThat(r.videos()).hasSize(2);
        YouTubeRow first = r.videos().get(0);
        assertThat(first.row()).isEqualTo(3);
        assertThat(first.content()).isEqualTo("aB3dE5fG7hI");
        assertThat(first.title()).isEqualTo("Tập huấn OCOP - Buổi 1 (trực tiếp)");
        assertThat(first.published()).isEqualTo(LocalDate.of(2021, 9, 28));
        assertThat(first.durationSeconds()).isEqualTo(12_600L);
        assertThat(first.views()).isEqualTo(8_000L);
        assertThat(first.averageViewSeconds()).isEqualTo(900L);
        assertThat(first.clickThroughPercent()).isEqualByComparingTo(new BigDecimal("5.33"));
        assertThat(first.subscribers()).isEqualTo(30L);
        assertThat(r.daily()).extracting(DailyViews::views).containsExactly(6000L, 2000L, 4500L);
        assertThat(r.daily().get(0).date()).isEqualTo(LocalDate.of(2021, 9, 28));
    }

    @Test
    void readsASingleTableCsvAndVietnameseHeaders() {
        YouTubeReport r = (YouTubeReport) Fixtures.parse("youtube-table-data.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.total().views()).isEqualTo(12_500L);
        assertThat(r.daily()).isEmpty();
        YouTubeReport vi = (YouTubeReport) Fixtures.parse("youtube-table-data-vietnamese-headers.csv");
        assertThat(vi.errors()).isEmpty();
        assertThat(vi.total().views()).isEqualTo(1_234_567L);
        assertThat(vi.total().watchTimeHours()).isEqualByComparingTo("4321.5");
        assertThat(vi.videos()).singleElement().satisfies(v -> assertThat(v.content()).isEqualTo("aB3dE5fG7hI"));
    }

    @Test
    void badNumbersAreRowErrorsAndAMissingTotalIsAWarning() {
        String csv = "Content,Views,Average view duration\nabc,\"1,2x\",0:15:00\ndef,10,quarter\n";
        YouTubeReport r = (YouTubeReport) ReportImports.parse("t.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults());
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(
                "Dòng 2: số lượt xem \"1,2x\" không phải là số nguyên không âm.",
                "Dòng 3: thời lượng xem trung bình \"quarter\" không đúng dạng số giây hoặc giờ:phút:giây.");
        YouTubeReport ok = (YouTubeReport) ReportImports.parse("t.csv", "Content,Views\nabc,10\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults());
        assertThat(ok.total()).isNull();
        assertThat(ok.warnings()).containsExactly("Bảng số liệu YouTube không có dòng \"Total\"; tổng được tính từ các video.");
    }

    @Test
    void aZipWithoutTableDataIsRefused() {
        ImportResult r = Fixtures.parse("zip-without-table-data.zip");
        assertThat(r.kind()).isEqualTo(ReportKind.UNKNOWN);
        assertThat(r.errors()).extracting(ImportError::message)
                .containsExactly("Tệp ZIP không có \"Table data.csv\": đây không phải tệp xuất từ YouTube Studio.");
    }

    @Test
    void aZipBombIsRefusedWhileInflating() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Table data.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < ZipEntries.MAX_ENTRY_BYTES / zeros.length + 2; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(200_000);
        ImportResult r = ReportImports.parse("bomb.zip", bomb, ImportOptions.defaults());
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(ZipEntries.TOO_LARGE);
    }

    @Test
    void tooManyEntriesAndBrokenZipsAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= ZipEntries.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".csv"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertThat(ReportImports.parse("many.zip", out.toByteArray(), ImportOptions.defaults()).errors())
                .extracting(ImportError::message).containsExactly(ZipEntries.TOO_LARGE);
        byte[] truncated = java.util.Arrays.copyOf(Fixtures.bytes("youtube-studio-export.zip"), 60);
        assertThat(ReportImports.parse("broken.zip", truncated, ImportOptions.defaults()).errors())
                .extracting(ImportError::message).containsExactly(ZipEntries.BROKEN);
    }
}
