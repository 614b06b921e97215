package vn.ntm.portal.polls.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollResults;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * A poll's results for the office: one line per option (label, count, share of voters), after a few lines about
 * the poll. CSV is UTF-8 with a byte-order mark, so Excel reads the Vietnamese letters; .xlsx keeps numbers as
 * numbers.
 */
final class PollExports {

    private static final String[] HEADERS = {"STT", "Phương án", "Số lượt chọn", "Tỷ lệ trên số người tham gia (%)"};

    private PollExports() {
    }

    static List<String[]> about(Poll poll, PollResults results, Instant now) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Câu hỏi", poll.question()});
        lines.add(new String[] {"Thời gian", poll.periodText()});
        lines.add(new String[] {"Trạng thái", poll.status(now).label()});
        lines.add(new String[] {"Cách chọn", poll.modeText()});
        lines.add(new String[] {"Tổng số người tham gia", String.valueOf(results.voters())});
        lines.add(new String[] {"Xuất lúc", VietnameseFormat.dateTime(now)});
        return lines;
    }

    static byte[] csv(Poll poll, PollResults results, Instant now) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (String[] line : about(poll, results, now)) {
            csvLine(out, line);
        }
        out.append("\r\n");
        csvLine(out, HEADERS);
        int n = 0;
        for (PollResults.Row r : results.rows()) {
            csvLine(out, String.valueOf(++n), r.option().label(), String.valueOf(r.count()), VietnameseFormat.oneDecimal(r.percent()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting; a value a spreadsheet would run as a formula gets a leading apostrophe. */
    private static void csvLine(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            String v = fields[i] == null ? "" : fields[i];
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            out.append(i == 0 ? "" : ",").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append("\r\n");
    }

    static byte[] xlsx(Poll poll, PollResults results, Instant now) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Kết quả thăm dò");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
            int r = 0;
            for (String[] line : about(poll, results, now)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line[0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(line[1]);
            }
            r++;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(HEADERS[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int n = 0;
            for (PollResults.Row line : results.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(++n);
                row.createCell(1).setCellValue(line.option().label());
                row.createCell(2).setCellValue(line.count());
                row.createCell(3).setCellValue(Math.round(line.percent() * 10) / 10.0);
                row.getCell(3).setCellStyle(percent);
            }
            int[] widths = {24, 60, 14, 22};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.getProperties().getCoreProperties().setTitle("Kết quả thăm dò: " + poll.question());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
