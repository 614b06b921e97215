package vn.ntm.portal.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.certificates.ReportPdf;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.internal.SurveyStats.Bucket;
import vn.ntm.portal.training.internal.SurveyStats.ItemResult;

/**
 * A survey's results and raw responses as CSV (UTF-8 with BOM, formula-looking cells quoted), as one .xlsx with a
 * sheet each, and the results as a PDF with a bar chart per item ({@link ReportPdf}).
 */
public final class SurveyExport {

    static final List<String> RESULT_HEADERS = List.of("STT", "Câu hỏi", "Loại", "Số trả lời (n)", "Điểm trung bình", "Top-2-box (4–5)", "NPS",
            "Phương án / điểm", "Số lượt chọn", "Tỷ lệ");

    private SurveyExport() {
    }

    /** One row per item (its figures), then one per bar of its distribution. */
    static List<List<String>> resultRows(SurveyResults r) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ItemResult x : r.results()) {
            n++;
            SurveyItem i = x.item();
            rows.add(List.of(String.valueOf(n), i.label(), i.kind().label(), String.valueOf(x.n()), x.meanText(), x.topTwoBoxText(), x.npsText(), "", "", ""));
            for (Bucket b : x.buckets()) {
                rows.add(List.of(String.valueOf(n), i.label(), i.kind().label(), "", "", "", "", b.label(), String.valueOf(b.count()), x.share(b)));
            }
        }
        return rows;
    }

    static List<String> rawHeaders(SurveyResults r) {
        List<String> h = new ArrayList<>(List.of("STT", "Thời điểm gửi", "Mã đăng ký", "Họ và tên", "Đối tượng", "Tích cực"));
        r.items().forEach(i -> h.add(i.label()));
        return h;
    }

    static List<List<String>> rawRows(SurveyResults r) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (SurveyStore.Response x : r.responses()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(++n), VietnameseFormat.dateTime(x.submittedAt()),
                    x.code() == null ? "" : x.code().substring(0, 4) + "-" + x.code().substring(4), x.fullName() == null ? "" : x.fullName(),
                    x.category() == null ? "" : x.category().label(), x.positive() ? "Có" : "Không"));
            r.items().forEach(i -> row.add(r.answerText(x.id(), i)));
            rows.add(row);
        }
        return rows;
    }

    public static byte[] resultsCsv(SurveyResults r) {
        return csv(RESULT_HEADERS, resultRows(r));
    }

    public static byte[] responsesCsv(SurveyResults r) {
        return csv(rawHeaders(r), rawRows(r));
    }

    private static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, headers);
        rows.forEach(row -> line(b, row));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = cells.get(i);
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-\\d+([.,]\\d+)?")) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            b.append(v);
        }
        b.append("\r\n");
    }

    public static byte[] xlsx(SurveyResults r, String title) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(wb, "Kết quả", title, RESULT_HEADERS, resultRows(r), bold);
            sheet(wb, "Phiếu trả lời", title, rawHeaders(r), rawRows(r), bold);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, String title, List<String> headers, List<List<String>> rows, CellStyle bold) {
        Sheet sheet = wb.createSheet(name);
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(bold);
        Row h = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
        }
        int n = 2;
        for (List<String> row : rows) {
            Row x = sheet.createRow(n++);
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v.matches("-?\\d{1,12}")) {
                    x.createCell(i).setCellValue(Long.parseLong(v));
                } else {
                    x.createCell(i).setCellValue(v);
                }
            }
        }
        sheet.createFreezePane(0, 2);
    }

    public static byte[] pdf(SurveyResults r, Programme p, String scopeText) {
        ReportPdf pdf = ReportPdf.create("Kết quả khảo sát: " + r.survey().title());
        pdf.heading("Kết quả khảo sát: " + r.survey().title());
        pdf.paragraph(p.name() + ". " + scopeText + ". " + r.survey().levelText() + ", " + r.survey().timing().label().toLowerCase(VietnameseFormat.LOCALE)
                + (r.survey().anonymous() ? ", ẩn danh." : ", có định danh."));
        pdf.paragraph("Số phiếu trả lời: " + VietnameseFormat.number(r.n()) + ". Ý kiến tích cực (câu đánh dấu đạt từ " + r.positiveMinRating()
                + " điểm trở lên): " + r.positiveText() + ".");
        pdf.subheading("Tổng hợp theo câu hỏi");
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ItemResult x : r.results()) {
            rows.add(List.of(String.valueOf(++n), x.item().label(), VietnameseFormat.number(x.n()), x.meanText(), x.topTwoBoxText(), x.npsText()));
        }
        pdf.table(List.of(ReportPdf.Column.number("STT", 0.6f), ReportPdf.Column.text("Câu hỏi", 5), ReportPdf.Column.number("n", 1),
                ReportPdf.Column.number("Điểm trung bình", 1.4f), ReportPdf.Column.number("Top-2-box", 1.4f), ReportPdf.Column.number("NPS", 1)), rows);
        n = 0;
        for (ItemResult x : r.results()) {
            n++;
            if (!x.buckets().isEmpty()) {
                pdf.barChart(n + ". " + x.item().label() + " (n = " + VietnameseFormat.number(x.n()) + ")",
                        x.buckets().stream().map(b -> new ReportPdf.Bar(b.label(), b.count())).toList(), x.n());
            }
        }
        if (!r.byCategory().isEmpty()) {
            pdf.subheading("Theo đối tượng");
            List<List<String>> cat = new ArrayList<>();
            for (Category c : r.byCategory().keySet()) {
                for (int i = 0; i < r.results().size(); i++) {
                    ItemResult x = r.of(c, i);
                    if (x.mean() != null) {
                        cat.add(List.of(c.label(), x.item().label(), VietnameseFormat.number(x.n()), x.meanText(), x.topTwoBoxText()));
                    }
                }
            }
            pdf.table(List.of(ReportPdf.Column.text("Đối tượng", 2.5f), ReportPdf.Column.text("Câu hỏi", 4), ReportPdf.Column.number("n", 1),
                    ReportPdf.Column.number("Điểm trung bình", 1.4f), ReportPdf.Column.number("Top-2-box", 1.4f)), cat);
        }
        if (!r.topics().isEmpty()) {
            pdf.subheading("So sánh các chuyên đề");
            pdf.table(List.of(ReportPdf.Column.text("Chuyên đề", 4), ReportPdf.Column.number("Phiếu", 1), ReportPdf.Column.number("Tích cực", 1),
                    ReportPdf.Column.number("Điểm trung bình", 1.4f), ReportPdf.Column.number("Top-2-box", 1.4f)),
                    r.topics().stream().map(t -> List.of(t.topic(), VietnameseFormat.number(t.responses()), VietnameseFormat.number(t.positive()),
                            t.marker() == null ? "–" : t.marker().meanText(), t.marker() == null ? "–" : t.marker().topTwoBoxText())).toList());
        }
        return pdf.finish();
    }
}
