package vn.ntm.portal.training.certificates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.certificates.PdfText.Block;

/**
 * A printable report (A4 portrait, Vietnamese-capable, same embedded Noto faces as the certificates), written top to
 * bottom: {@link #titlePage}, {@link #heading}, {@link #subheading}, {@link #paragraph}, {@link #table} (header row
 * repeated after each page break, zebra rows, right-aligned number columns), {@link #barChart} (horizontal bars with
 * label, value and percentage, vector graphics), then {@link #finish} adds "Trang x/y" to every page but the title
 * page and returns the PDF. Not thread-safe: one writer per report.
 *
 * <pre>{@code
 * byte[] pdf = ReportPdf.create("Báo cáo tổng kết")
 *         .titlePage("BÁO CÁO TỔNG KẾT", "Chuỗi tập huấn …", List.of("Đơn vị tổ chức …"), "Hà Nội, tháng 10 năm 2021")
 *         .heading("1. Học viên đăng ký")
 *         .table(List.of(ReportPdf.Column.text("Tỉnh/Thành phố", 3), ReportPdf.Column.number("Số người", 1)), rows)
 *         .barChart("Học viên theo đối tượng", bars, null)
 *         .finish();
 * }</pre>
 */
public final class ReportPdf {

    /** A table column: its header, its share of the width, whether its cells are right-aligned (numbers). */
    public record Column(String header, float weight, boolean right) {
        public static Column text(String header, float weight) {
            return new Column(header, weight, false);
        }

        public static Column number(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    /** One bar of a chart: its label and value. */
    public record Bar(String label, long value) {
    }

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float TOP = SIZE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 14;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private static final Color GREEN = new Color(0x1d, 0x4f, 0x37);
    private static final Color BAR = new Color(0x2e, 0x7d, 0x55);
    private static final Color ZEBRA = new Color(0xf1, 0xf5, 0xf2);
    private static final Color LINE = new Color(0xc8, 0xd3, 0xcc);
    private static final Color INK = new Color(0x1f, 0x1f, 0x1f);
    private static final Color GREY = new Color(0x5a, 0x5a, 0x5a);

    private static final float BODY = 10.5f;
    private static final float CELL = 9.5f;
    private static final float PAD = 4;

    private final PDDocument doc;
    private final PdfFonts.ForDocument fonts;
    private PDPageContentStream out;
    private float y;
    private boolean titlePageDone;

    private ReportPdf(String title) {
        doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        fonts = new PdfFonts.ForDocument(doc);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("NTM Portal");
        info.setCreationDate(Calendar.getInstance());
        doc.setDocumentInformation(info);
        doc.getDocumentCatalog().setLanguage("vi-VN");
    }

    /** A new report; the title goes to the document's properties. */
    public static ReportPdf create(String title) {
        return new ReportPdf(title);
    }

    /**
     * A title page: the organisers' names at the top (capitals), the title and subtitle in the middle, the place and
     * time at the bottom. Call it first, or not at all.
     */
    public ReportPdf titlePage(String title, String subtitle, List<String> organisers, String placeAndDate) {
        if (out != null) {
            throw new IllegalStateException("the title page comes first");
        }
        try {
            newPage();
            float cx = SIZE.getWidth() / 2;
            float top = TOP - 10;
            PDType0Font bold = fonts.get(PdfFonts.SERIF_BOLD);
            for (String organiser : organisers == null ? List.<String>of() : organisers) {
                Block b = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, PdfText.upper(PdfText.printable(organiser, PdfFonts.SERIF_BOLD, true)),
                        11.5f, 8, WIDTH, 2, 1.3f);
                out.setNonStrokingColor(GREEN);
                for (String line : b.lines()) {
                    top -= b.size() * b.leading();
                    PdfText.centred(out, bold, b.size(), line, cx, top);
                }
                top -= 4;
            }
            out.setStrokingColor(GREEN);
            out.setLineWidth(0.8f);
            out.moveTo(cx - 60, top - 8);
            out.lineTo(cx + 60, top - 8);
            out.stroke();
            float middle = SIZE.getHeight() * 0.58f;
            Block t = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, PdfText.upper(PdfText.printable(title, PdfFonts.SERIF_BOLD, true)), 24, 14,
                    WIDTH, 3, 1.3f);
            out.setNonStrokingColor(new Color(0xb0, 0x1e, 0x23));
            float ty = middle;
            for (String line : t.lines()) {
                PdfText.centred(out, bold, t.size(), line, cx, ty);
                ty -= t.size() * t.leading();
            }
            if (subtitle != null && !subtitle.isBlank()) {
                Block s = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, PdfText.printable(subtitle, PdfFonts.SERIF_BOLD, true), 15, 10,
                        WIDTH * 0.9f, 4, 1.35f);
                out.setNonStrokingColor(GREEN);
                ty -= 10;
                for (String line : s.lines()) {
                    PdfText.centred(out, bold, s.size(), line, cx, ty);
                    ty -= s.size() * s.leading();
                }
            }
            if (placeAndDate != null && !placeAndDate.isBlank()) {
                out.setNonStrokingColor(INK);
                PdfText.centred(out, fonts.get(PdfFonts.SERIF_ITALIC), 12,
                        PdfText.printable(placeAndDate, PdfFonts.SERIF_ITALIC, false), cx, MARGIN + 20);
            }
            titlePageDone = true;
            out.close();
            out = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A section heading (bold, green), kept on a page with at least a few lines after it. */
    public ReportPdf heading(String text) {
        return head(text, 15, 14);
    }

    /** A sub-heading. */
    public ReportPdf subheading(String text) {
        return head(text, 12, 8);
    }

    private ReportPdf head(String text, float size, float before) {
        Block b = PdfText.fit(fonts, PdfFonts.SANS_BOLD, PdfText.printable(text, PdfFonts.SANS_BOLD, false), size, size, WIDTH, 9, 1.3f);
        space(before + b.height() + 60, before);
        write(b, GREEN, false);
        y -= 4;
        return this;
    }

    /** A paragraph of body text (line breaks in the text start new lines). */
    public ReportPdf paragraph(String text) {
        Block b = PdfText.fit(fonts, PdfFonts.SANS, PdfText.printable(text, PdfFonts.SANS, true), BODY, BODY, WIDTH, 1000, 1.45f);
        space(BODY * 1.45f, 0);
        write(b, INK, true);
        y -= 6;
        return this;
    }

    /** A table; cells wrap in their column; a row never splits across pages; the header repeats on each page. */
    public ReportPdf table(List<Column> columns, List<List<String>> rows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs columns");
        }
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).weight() / total;
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        try {
            ensurePage();
            y -= 4;
            List<Block> header = cells(headers, widths, PdfFonts.SANS_BOLD);
            if (y - rowHeight(header) * 2 < BOTTOM) {
                newPage();
            }
            row(columns, widths, header, true, false);
            int n = 0;
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("row " + (n + 1) + " has " + r.size() + " cells, not " + columns.size());
                }
                List<Block> cells = cells(r, widths, PdfFonts.SANS);
                if (y - rowHeight(cells) < BOTTOM) {
                    newPage();
                    row(columns, widths, header, true, false);
                }
                row(columns, widths, cells, false, n % 2 == 1);
                n++;
            }
            out.setStrokingColor(GREEN);
            out.setLineWidth(0.8f);
            out.moveTo(MARGIN, y);
            out.lineTo(MARGIN + WIDTH, y);
            out.stroke();
            y -= 12;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private List<Block> cells(List<String> texts, float[] widths, PdfFonts face) {
        List<Block> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = PdfText.printable(texts.get(i) == null ? "" : texts.get(i), face, true);
            cells.add(PdfText.fit(fonts, face, t, CELL, CELL, widths[i] - 2 * PAD, 1000, 1.3f));
        }
        return cells;
    }

    private static float rowHeight(List<Block> cells) {
        float h = CELL * 1.3f;
        for (Block b : cells) {
            h = Math.max(h, b.height());
        }
        return h + 2 * PAD;
    }

    private void row(List<Column> columns, float[] widths, List<Block> cells, boolean header, boolean zebra) throws IOException {
        float h = rowHeight(cells);
        if (header || zebra) {
            out.setNonStrokingColor(header ? GREEN : ZEBRA);
            out.addRect(MARGIN, y - h, WIDTH, h);
            out.fill();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            Block b = cells.get(i);
            PDType0Font font = fonts.get(b.face());
            out.setNonStrokingColor(header ? Color.WHITE : INK);
            float ly = y - PAD - b.size() * 0.95f;
            for (String line : b.lines()) {
                float lx = columns.get(i).right() ? x + widths[i] - PAD - PdfText.width(font, line, b.size()) : x + PAD;
                PdfText.show(out, font, b.size(), line, lx, ly);
                ly -= b.size() * b.leading();
            }
            x += widths[i];
        }
        y -= h;
        if (!header) {
            out.setStrokingColor(LINE);
            out.setLineWidth(0.4f);
            out.moveTo(MARGIN, y);
            out.lineTo(MARGIN + WIDTH, y);
            out.stroke();
        }
    }

    /**
     * A horizontal bar chart: a caption, then one bar per entry with its label at the left and "value (percentage)"
     * after the bar; bars are scaled to the largest value and percentages taken of {@code total}, or of the sum of
     * the values when it is null. Long charts continue on the next page.
     */
    public ReportPdf barChart(String caption, List<Bar> bars, Long total) {
        long sum = total != null ? total : bars.stream().mapToLong(Bar::value).sum();
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        float labelWidth = WIDTH * 0.34f;
        float valueWidth = 92;
        float barLeft = MARGIN + labelWidth + 8;
        float barMax = WIDTH - labelWidth - 8 - valueWidth;
        try {
            if (caption != null && !caption.isBlank()) {
                Block c = PdfText.fit(fonts, PdfFonts.SANS_BOLD, PdfText.printable(caption, PdfFonts.SANS_BOLD, false), 10.5f, 10.5f,
                        WIDTH, 9, 1.3f);
                space(c.height() + 40, 6);
                write(c, INK, false);
                y -= 4;
            } else {
                ensurePage();
            }
            PDType0Font sans = fonts.get(PdfFonts.SANS);
            for (Bar bar : bars) {
                Block label = PdfText.fit(fonts, PdfFonts.SANS, PdfText.printable(bar.label(), PdfFonts.SANS, false), 9.5f, 7.5f,
                        labelWidth, 2, 1.2f);
                float h = Math.max(18, label.height() + 6);
                if (y - h < BOTTOM) {
                    newPage();
                }
                float mid = y - h / 2;
                out.setNonStrokingColor(INK);
                float ly = mid + label.height() / 2 - label.size() * 0.95f;
                for (String line : label.lines()) {
                    PdfText.show(out, sans, label.size(), line, barLeft - 8 - PdfText.width(sans, line, label.size()), ly);
                    ly -= label.size() * label.leading();
                }
                float length = bar.value() <= 0 ? 0 : Math.max(1, barMax * bar.value() / max);
                out.setNonStrokingColor(BAR);
                out.addRect(barLeft, mid - 5.5f, length, 11);
                out.fill();
                out.setStrokingColor(GREY);
                out.setLineWidth(0.6f);
                out.moveTo(barLeft, y);
                out.lineTo(barLeft, y - h);
                out.stroke();
                String value = VietnameseFormat.number(bar.value()) + " (" + percent(bar.value(), sum) + ")";
                out.setNonStrokingColor(GREY);
                PdfText.show(out, sans, 8.5f, value, barLeft + length + 5, mid - 3);
                y -= h;
            }
            y -= 12;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** "12,3%" (one decimal, Vietnamese comma); "0%" of nothing. */
    static String percent(long value, long total) {
        return total <= 0 ? "0%" : VietnameseFormat.oneDecimal(100.0 * value / total) + "%";
    }

    /** Adds the page numbers and returns the PDF; the writer cannot be used afterwards. */
    public byte[] finish() {
        try (doc; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            if (out != null) {
                out.close();
                out = null;
            }
            if (doc.getNumberOfPages() == 0) {
                newPage();
                out.close();
            }
            int pages = doc.getNumberOfPages();
            int first = titlePageDone ? 1 : 0;
            PDType0Font sans = fonts.get(PdfFonts.SANS);
            for (int i = first; i < pages; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    s.setNonStrokingColor(GREY);
                    PdfText.centred(s, sans, 8.5f, "Trang " + (i + 1 - first) + "/" + (pages - first), SIZE.getWidth() / 2, MARGIN - 16);
                }
            }
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- cursor --------------------------------------------------------------------------------------------------

    private void ensurePage() throws IOException {
        if (out == null) {
            newPage();
        }
    }

    /** Starts a new page unless {@code needed} points are left on this one; then moves down by {@code before}. */
    private void space(float needed, float before) {
        try {
            ensurePage();
            if (y - needed < BOTTOM && y < TOP) {
                newPage();
            } else if (y < TOP) {
                y -= before;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the block's lines from the cursor down, continuing on new pages as needed. */
    private void write(Block b, Color color, boolean mayBreak) {
        try {
            PDType0Font font = fonts.get(b.face());
            for (String line : b.lines()) {
                float step = b.size() * b.leading();
                if (y - step < BOTTOM && mayBreak) {
                    newPage();
                }
                out.setNonStrokingColor(color);
                PdfText.show(out, font, b.size(), line, MARGIN, y - b.size());
                y -= step;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }
}
