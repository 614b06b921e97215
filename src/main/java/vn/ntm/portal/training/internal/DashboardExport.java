package vn.ntm.portal.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.certificates.ReportPdf;
import vn.ntm.portal.training.domain.Coorganiser;
import vn.ntm.portal.training.internal.DashboardReport.Column;
import vn.ntm.portal.training.internal.DashboardReport.Figure;
import vn.ntm.portal.training.internal.DashboardReport.Kind;
import vn.ntm.portal.training.internal.DashboardReport.Table;

/** The dashboard as an Excel workbook (a sheet of headline figures, then one sheet per table) and as the closing report PDF. */
public final class DashboardExport {

    private DashboardExport() {
    }

    /** "Tổng quan" with the figures, then one sheet per table, real numbers (shares as fractions formatted 0.0%). */
    public static byte[] xlsx(DashboardReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Set<String> names = new HashSet<>();

            Sheet summary = wb.createSheet(unique("Tổng quan", names));
            title(summary, bold, "Báo cáo: " + report.programme().name() + " (" + report.programme().datesText() + ")");
            header(summary, bold, List.of("Chỉ tiêu", "Số liệu", "Đơn vị", "Ghi chú"));
            int r = 2;
            for (Figure f : report.figures()) {
                Row x = summary.createRow(r++);
                x.createCell(0).setCellValue(f.label());
                Cell v = x.createCell(1);
                v.setCellValue(f.value());
                v.setCellStyle(integer);
                x.createCell(2).setCellValue(f.unit());
                x.createCell(3).setCellValue(f.note());
            }
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(3, 50 * 256);

            for (Table t : report.tables()) {
                Sheet sheet = wb.createSheet(unique(t.sheet(), names));
                title(sheet, bold, t.title());
                List<String> heads = new ArrayList<>();
                heads.add(t.labelHeader());
                t.columns().forEach(c -> heads.add(c.header()));
                header(sheet, bold, heads);
                r = 2;
                for (DashboardReport.Row row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(row.label());
                    for (int i = 0; i < t.columns().size(); i++) {
                        Object v = row.cells().get(i);
                        if (v == null) {
                            continue;
                        }
                        Cell c = x.createCell(i + 1);
                        Kind kind = t.columns().get(i).kind();
                        if (kind == Kind.PERCENT) {
                            c.setCellValue((Double) v / 100.0);
                            c.setCellStyle(percent);
                        } else if (kind == Kind.TEXT) {
                            c.setCellValue((String) v);
                        } else {
                            c.setCellValue((Long) v);
                            c.setCellStyle(integer);
                        }
                    }
                }
                if (!t.note().isEmpty()) {
                    sheet.createRow(r + 1).createCell(0).setCellValue(t.note());
                }
                sheet.setColumnWidth(0, 48 * 256);
                for (int i = 1; i <= t.columns().size(); i++) {
                    sheet.setColumnWidth(i, 18 * 256);
                }
                sheet.createFreezePane(1, 2);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The closing report: a title page with the co-organisers, the headline figures, then each table with a bar chart
     * of its first charted column.
     *
     * @param place the place of the date line ("Hà Nội")
     */
    public static byte[] pdf(DashboardReport report, String place, LocalDate today) {
        String name = report.programme().name();
        ReportPdf pdf = ReportPdf.create("Báo cáo tổng kết: " + name)
                .titlePage("Báo cáo tổng kết", name + " (" + report.programme().datesText() + ")",
                        report.coorganisers().stream().map(Coorganiser::name).toList(),
                        place + ", ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm " + today.getYear());
        pdf.heading("1. Kết quả chung");
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : report.figures()) {
            rows.add(List.of(f.label(), f.valueText() + " " + f.unit(), f.note()));
        }
        pdf.table(List.of(ReportPdf.Column.text("Chỉ tiêu", 3), ReportPdf.Column.number("Số liệu", 1.6f), ReportPdf.Column.text("Ghi chú", 3)), rows);
        pdf.paragraph("Mọi số liệu do hệ thống tính từ dữ liệu đăng ký, báo cáo nhập từ Zoom, YouTube, Facebook, câu hỏi và phiếu khảo sát"
                + " tại thời điểm lập báo cáo (" + VietnameseFormat.dateTime(java.time.Instant.now()) + "). Lượt xem không phải số người.");
        int n = 2;
        for (Table t : report.tables()) {
            pdf.heading(n++ + ". " + t.title());
            if (t.isEmpty()) {
                pdf.paragraph("Chưa có số liệu.");
                continue;
            }
            int charted = -1;
            for (int i = 0; i < t.columns().size(); i++) {
                if (t.columns().get(i).charted()) {
                    charted = i;
                    break;
                }
            }
            if (charted >= 0 && t.chart() != null) {
                List<ReportPdf.Bar> bars = new ArrayList<>();
                for (DashboardReport.Row row : t.rows()) {
                    long v = t.value(row, charted);
                    // a province list of 63 has many empty ones: the chart keeps those with registrants, the table all
                    if (v > 0 || !"tinh".equals(t.code())) {
                        bars.add(new ReportPdf.Bar(row.label(), v));
                    }
                }
                pdf.barChart(t.columns().get(charted).header() + " – " + t.title().toLowerCase(VietnameseFormat.LOCALE), bars, null);
            }
            List<ReportPdf.Column> columns = new ArrayList<>();
            columns.add(ReportPdf.Column.text(t.labelHeader(), 3));
            for (Column c : t.columns()) {
                columns.add(c.numeric() ? ReportPdf.Column.number(c.header(), 1.2f) : ReportPdf.Column.text(c.header(), 1.2f));
            }
            List<List<String>> cells = new ArrayList<>();
            for (DashboardReport.Row row : t.rows()) {
                List<String> line = new ArrayList<>();
                line.add(row.label());
                for (int i = 0; i < t.columns().size(); i++) {
                    line.add(t.text(row, i));
                }
                cells.add(line);
            }
            pdf.table(columns, cells);
            if (!t.note().isEmpty()) {
                pdf.paragraph(t.note());
            }
        }
        return pdf.finish();
    }

    private static void title(Sheet sheet, CellStyle bold, String text) {
        Cell c = sheet.createRow(0).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(bold);
    }

    private static void header(Sheet sheet, CellStyle bold, List<String> heads) {
        Row h = sheet.createRow(1);
        for (int i = 0; i < heads.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads.get(i));
            c.setCellStyle(bold);
        }
    }

    private static String unique(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.length() > 28 ? wanted.substring(0, 28) : wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(VietnameseFormat.LOCALE)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
