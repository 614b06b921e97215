package vn.ntm.portal.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ntm.portal.web.UserInputException;

/** A statistics table as a download: CSV (UTF-8 with BOM, so Excel reads the diacritics) or Excel (.xlsx). */
public final class StatsExport {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private StatsExport() {
    }

    /**
     * @param format {@code csv} or {@code xlsx}
     * @throws UserInputException 400 for any other format
     */
    public static ResponseEntity<byte[]> response(StatTable table, StatsRange range, String format) {
        String name = "thong-ke-" + table.code() + "-" + range.from() + "-" + range.to();
        byte[] body;
        MediaType type;
        if ("csv".equals(format)) {
            body = csv(table);
            type = CSV;
            name += ".csv";
        } else if ("xlsx".equals(format)) {
            body = xlsx(table, range);
            type = XLSX;
            name += ".xlsx";
        } else {
            throw new UserInputException(400, "Định dạng tải về phải là csv hoặc xlsx.");
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=60")
                .body(body);
    }

    /** The header row, then one line per row; figures without grouping, so programs read them as numbers. */
    public static byte[] csv(StatTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, concat(table.labelHeader(), table.columns()));
        for (StatTable.Row r : table.rows()) {
            line(out, concat(r.label(), r.values().stream().map(String::valueOf).toList()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet: the title and the range, then the table with real numbers (grouped by Excel's own format). */
    public static byte[] xlsx(StatTable table, StatsRange range) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName(table.title()));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(table.title() + " (từ " + range.fromText() + " đến " + range.toText() + ")");
            title.getCell(0).setCellStyle(bold);
            Row head = sheet.createRow(2);
            List<String> headers = concat(table.labelHeader(), table.columns());
            for (int i = 0; i < headers.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(bold);
            }
            int at = 3;
            for (StatTable.Row r : table.rows()) {
                Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(r.label());
                for (int i = 0; i < r.values().size(); i++) {
                    Cell c = row.createCell(i + 1);
                    c.setCellValue(r.values().get(i));
                    c.setCellStyle(number);
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            for (int i = 1; i < headers.size(); i++) {
                sheet.setColumnWidth(i, 22 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs a title as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
