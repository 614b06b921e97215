package vn.ntm.portal.documents.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;

/**
 * The comments of a draft for its drafting body: an Excel workbook (one row per comment, with the contact, which
 * the public never sees) and a PDF summary (heading, window, counts, each comment with name, organisation, date
 * and content). The PDF embeds Liberation Sans (SIL Open Font License), which PDFBox ships in its jar and which
 * has the Vietnamese letters, so nothing depends on the fonts of the machine.
 */
public final class DraftExports {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private DraftExports() {
    }

    public static byte[] xlsx(DocumentDraft draft, List<DraftComment> comments) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Ý kiến góp ý");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            String[] headers = {"STT", "Thời điểm gửi", "Họ và tên", "Cơ quan, tổ chức", "E-mail", "Điện thoại", "Nội dung góp ý",
                    "Tệp đính kèm", "Trạng thái", "Lý do từ chối"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int n = 0;
            for (DraftComment c : comments) {
                Row r = sheet.createRow(++n);
                r.createCell(0).setCellValue(n);
                r.createCell(1).setCellValue(VietnameseFormat.dateTime(c.createdAt()));
                r.createCell(2).setCellValue(c.authorName());
                r.createCell(3).setCellValue(c.organisation());
                r.createCell(4).setCellValue(c.email() == null ? "" : c.email());
                r.createCell(5).setCellValue(c.phone() == null ? "" : c.phone());
                r.createCell(6).setCellValue(c.content());
                r.getCell(6).setCellStyle(wrap);
                r.createCell(7).setCellValue(c.attachmentName() == null ? "" : c.attachmentName());
                r.createCell(8).setCellValue(c.status().label());
                r.createCell(9).setCellValue(c.rejectReason() == null ? "" : c.rejectReason());
            }
            int[] widths = {6, 18, 24, 30, 28, 16, 80, 24, 12, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            book.getProperties().getCoreProperties().setTitle("Ý kiến góp ý: " + draft.heading());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(DocumentDraft draft, List<DraftComment> comments, Map<DraftComment.Status, Long> counts) {
        try (PDDocument doc = new PDDocument(); InputStream fontFile = DraftExports.class.getResourceAsStream(FONT);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (fontFile == null) {
                throw new IllegalStateException("font missing from the class path: " + FONT);
            }
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Tổng hợp ý kiến góp ý: " + draft.heading());
            doc.setDocumentInformation(info);
            Writer w = new Writer(doc, font);
            w.paragraph("TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO", 14, 6);
            w.paragraph(draft.heading(), 12, 6);
            w.paragraph("Cơ quan chủ trì soạn thảo: " + draft.draftingBody(), 10, 2);
            if (!draft.examiningBody().isBlank()) {
                w.paragraph("Cơ quan thẩm định: " + draft.examiningBody(), 10, 2);
            }
            w.paragraph("Thời hạn lấy ý kiến: từ " + VietnameseFormat.dateTime(draft.window().opens()) + " đến "
                    + VietnameseFormat.dateTime(draft.window().closes()), 10, 2);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            w.paragraph("Số ý kiến: " + total + " (đã đăng " + counts.get(DraftComment.Status.PUBLISHED) + ", chờ duyệt "
                    + counts.get(DraftComment.Status.PENDING) + ", từ chối " + counts.get(DraftComment.Status.REJECTED) + ")", 10, 10);
            int n = 0;
            for (DraftComment c : comments) {
                n++;
                w.paragraph(n + ". " + c.authorName() + (c.organisation().isBlank() ? "" : " – " + c.organisation()) + " ("
                        + VietnameseFormat.dateTime(c.createdAt()) + ", " + c.status().label().toLowerCase(VietnameseFormat.LOCALE) + ")", 10, 2);
                for (String para : c.content().split("\\R")) {
                    w.paragraph(para, 10, 0);
                }
                w.gap(8);
            }
            if (comments.isEmpty()) {
                w.paragraph("Chưa có ý kiến góp ý.", 10, 0);
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes wrapped lines top to bottom, starting a new A4 page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void paragraph(String text, float size, float after) throws IOException {
            for (String line : wrap(printable(text), size)) {
                if (y - size * 1.4f < MARGIN) {
                    newPage();
                }
                y -= size * 1.4f;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
            gap(after);
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** NFC text, each character the font cannot draw folded to plain letters (or dropped). */
        private String printable(String text) throws IOException {
            StringBuilder b = new StringBuilder();
            String nfc = VietnameseText.nfc(text).replace('\t', ' ');
            for (int i = 0; i < nfc.length(); ) {
                int cp = nfc.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += Character.charCount(cp);
                if (Character.isISOControl(cp)) {
                    continue;
                }
                try {
                    font.encode(ch);
                    b.append(ch);
                } catch (IllegalArgumentException e) {
                    String folded = VietnameseText.fold(ch);
                    b.append(folded.chars().allMatch(c -> c >= 32 && c < 127) ? folded : "?");
                }
            }
            return b.toString();
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= WIDTH) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word wider than the line is cut where it must be
                String rest = word;
                while (width(rest, size) > WIDTH && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size) > WIDTH) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }
    }
}
