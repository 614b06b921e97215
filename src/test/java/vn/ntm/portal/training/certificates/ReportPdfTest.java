package vn.ntm.portal.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.training.certificates.PdfChecks.TextLine;
import vn.ntm.portal.training.certificates.ReportPdf.Bar;
import vn.ntm.portal.training.certificates.ReportPdf.Column;

class ReportPdfTest {

    static byte[] report(int provinces) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= provinces; i++) {
            rows.add(List.of(String.valueOf(i), "Tỉnh Thừa Thiên Huế số " + i, String.valueOf(1000 + i), "12,5%"));
        }
        return ReportPdf.create("Báo cáo tổng kết chuỗi tập huấn OCOP")
                .titlePage("Báo cáo tổng kết", "Chuỗi tập huấn trực tuyến \"Nâng cao năng lực triển khai Chương trình OCOP\"",
                        List.of("Văn phòng Điều phối nông thôn mới Trung ương", "Trung tâm Phát triển nông thôn"), "Hà Nội, tháng 10 năm 2021")
                .heading("1. Học viên đăng ký")
                .paragraph("Chuỗi tập huấn thu hút 3.012 học viên đăng ký từ 62 tỉnh, thành phố; ước tính hơn 100.000 lượt tiếp cận trên các nền tảng.")
                .table(List.of(Column.number("STT", 0.6f), Column.text("Tỉnh/Thành phố", 3), Column.number("Số người", 1.2f),
                        Column.number("Tỷ lệ", 1)), rows)
                .heading("2. Cơ cấu học viên")
                .barChart("Học viên theo đối tượng", List.of(new Bar("Cán bộ quản lý chương trình, nông nghiệp", 1958),
                        new Bar("Chủ thể OCOP (doanh nghiệp, HTX, tổ hợp tác, hộ sản xuất)", 904), new Bar("Khác", 150)), null)
                .finish();
    }

    @Test
    void aReportHasItsTitlePageTablesWithRepeatedHeadersAndABarChart() throws Exception {
        byte[] pdf = report(120);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            String title = PdfChecks.squeezed(textOf(doc, 1));
            assertThat(title).contains("BÁOCÁOTỔNGKẾT", "VĂNPHÒNGĐIỀUPHỐINÔNGTHÔNMỚITRUNGƯƠNG", "HàNội,tháng10năm2021")
                    .doesNotContain("Trang");
            // every page after the title page carries the table header while the table runs, and its number
            int tablePages = 0;
            for (int p = 2; p <= pages; p++) {
                String text = textOf(doc, p);
                assertThat(text).contains("Trang " + (p - 1) + "/" + (pages - 1));
                if (text.contains("Tỉnh Thừa Thiên Huế số")) {
                    tablePages++;
                    assertThat(text).contains("STT", "Tỉnh/Thành phố", "Số người", "Tỷ lệ");
                }
            }
            assertThat(tablePages).isGreaterThanOrEqualTo(3);
            String all = PdfChecks.text(pdf);
            for (int i = 1; i <= 120; i++) {
                assertThat(all).contains("Tỉnh Thừa Thiên Huế số " + i + " " + (1000 + i));
            }
            // the chart: values with their percentages of the total (3,012), Vietnamese style
            assertThat(PdfChecks.squeezed(all)).contains("1.958(65,0%)", "904(30,0%)", "150(5,0%)",
                    PdfChecks.squeezed("Chủ thể OCOP (doanh nghiệp, HTX, tổ hợp tác, hộ sản xuất)"));
            // numbers are right-aligned: the right edges of the "Số người" cells line up
            List<TextLine> lines = PdfChecks.words(doc, 2);
            List<Float> rights = lines.stream().filter(l -> l.text().matches("10\\d\\d")).map(TextLine::right).toList();
            assertThat(rights).hasSizeGreaterThan(10);
            for (float r : rights) {
                assertThat(r).isCloseTo(rights.get(0), org.assertj.core.data.Offset.offset(0.5f));
            }
            for (int p = 0; p < pages; p++) {
                for (COSName n : doc.getPage(p).getResources().getFontNames()) {
                    assertThat(doc.getPage(p).getResources().getFont(n).isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void percentagesAreVietnamese() {
        assertThat(ReportPdf.percent(1, 3)).isEqualTo("33,3%");
        assertThat(ReportPdf.percent(0, 0)).isEqualTo("0%");
    }

    private static String textOf(PDDocument doc, int page) throws Exception {
        var stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
