package vn.ntm.portal.training.certificates;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ntm.portal.shared.QrCode;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.certificates.PdfText.Block;

/**
 * Draws one certificate on a new A4 landscape page. Top to bottom: the issuing bodies (logos above their names, a
 * short rule under each) with the national motto at the right when asked for; the title; the holder, birth and
 * workplace lines, what was attended and the series with its dates, centred in the space left; the place and date
 * line above the signatories; the QR code, its address and the register number at the bottom left. Every text is
 * measured: it shrinks, then wraps, and the middle block shrinks as a whole until it fits, so nothing leaves the frame.
 */
final class CertificatePage {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float W = SIZE.getWidth();
    private static final float H = SIZE.getHeight();
    /** Inner edge of the decorative frame: all text stays inside it. */
    static final float FRAME = 30;
    private static final float LEFT = 64;
    private static final float RIGHT = W - 64;
    private static final float TOP = H - 52;
    private static final float BOTTOM = 50;
    private static final float CW = RIGHT - LEFT;
    private static final float CX = W / 2;

    private static final Color GREEN = new Color(0x1d, 0x4f, 0x37);
    private static final Color GOLD = new Color(0xb8, 0x91, 0x2f);
    private static final Color RED = new Color(0xb0, 0x1e, 0x23);
    private static final Color NAVY = new Color(0x17, 0x36, 0x6b);
    private static final Color INK = new Color(0x1f, 0x1f, 0x1f);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
    private static final String TITLE = "GIẤY CHỨNG NHẬN";

    private static final float QR_ZONE = 150;
    private static final float QR_SIDE = 84;
    private static final float SIGNATURE_HEIGHT = 60;

    private final PdfFonts.ForDocument fonts;
    private final PdfImages images;
    private final PDDocument doc;

    CertificatePage(PDDocument doc, PdfFonts.ForDocument fonts, PdfImages images) {
        this.doc = doc;
        this.fonts = fonts;
        this.images = images;
    }

    void draw(CertificateData data) throws IOException {
        CertificateTemplate t = data.template();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            frame(out);
            float y = header(out, t);
            y = title(out, y);
            float bottomTop = signatories(out, t);
            qr(out, data);
            middle(out, data, y - 6, bottomTop + 10);
        }
    }

    // ---- frame ---------------------------------------------------------------------------------------------------

    private void frame(PDPageContentStream out) throws IOException {
        float outer = 16;
        float inner = 25;
        out.setStrokingColor(GREEN);
        out.setLineWidth(3.5f);
        out.addRect(outer, outer, W - 2 * outer, H - 2 * outer);
        out.stroke();
        out.setStrokingColor(GOLD);
        out.setLineWidth(1.1f);
        out.addRect(inner, inner, W - 2 * inner, H - 2 * inner);
        out.stroke();
        out.setStrokingColor(GREEN);
        out.setLineWidth(0.4f);
        out.addRect(FRAME - 2, FRAME - 2, W - 2 * (FRAME - 2), H - 2 * (FRAME - 2));
        out.stroke();
        // a rosette on each corner of the band between the lines
        float c = (outer + inner) / 2;
        for (float[] p : new float[][] {{c, c}, {W - c, c}, {c, H - c}, {W - c, H - c}}) {
            rosette(out, p[0], p[1]);
        }
        // small diamonds halfway along each side
        out.setNonStrokingColor(GOLD);
        diamond(out, W / 2, c, 5);
        diamond(out, W / 2, H - c, 5);
        diamond(out, c, H / 2, 5);
        diamond(out, W - c, H / 2, 5);
        out.fill();
    }

    private static void rosette(PDPageContentStream out, float x, float y) throws IOException {
        out.setNonStrokingColor(GREEN);
        out.addRect(x - 9, y - 9, 18, 18);
        out.fill();
        out.setNonStrokingColor(GOLD);
        diamond(out, x, y, 7.5f);
        out.fill();
        out.setNonStrokingColor(GREEN);
        diamond(out, x, y, 3f);
        out.fill();
    }

    private static void diamond(PDPageContentStream out, float x, float y, float r) throws IOException {
        out.moveTo(x, y + r);
        out.lineTo(x + r, y);
        out.lineTo(x, y - r);
        out.lineTo(x - r, y);
        out.closePath();
    }

    // ---- header --------------------------------------------------------------------------------------------------

    /** Draws the issuing bodies (and the motto); returns the lowest y used. */
    private float header(PDPageContentStream out, CertificateTemplate t) throws IOException {
        List<Issuer> issuers = t.issuers();
        float mottoWidth = t.nationalMotto() ? 300 : 0;
        float areaWidth = CW - mottoWidth;
        float colWidth = areaWidth / issuers.size();
        boolean logos = issuers.stream().anyMatch(i -> i.logo() != null);
        float logoHeight = logos ? (issuers.size() == 1 && !t.nationalMotto() ? 46 : 42) : 0;
        float namesTop = TOP - (logos ? logoHeight + 6 : 0);
        float lowest = namesTop;
        PDType0Font bold = fonts.get(PdfFonts.SERIF_BOLD);
        for (int i = 0; i < issuers.size(); i++) {
            Issuer issuer = issuers.get(i);
            float cx = LEFT + colWidth * (i + 0.5f);
            if (issuer.logo() != null) {
                PdfImages.drawFitted(out, images.get(issuer.logo(), "Logo của " + issuer.name()), cx, TOP - logoHeight,
                        colWidth - 20, logoHeight, false);
            }
            String name = PdfText.upper(PdfText.printable(issuer.name(), PdfFonts.SERIF_BOLD, true));
            float maxSize = issuers.size() == 1 && !t.nationalMotto() ? 13 : 11;
            Block b = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, name, maxSize, 7, colWidth - 14, 3, 1.25f);
            float y = namesTop - b.size();
            out.setNonStrokingColor(GREEN);
            float widest = 0;
            for (String line : b.lines()) {
                widest = Math.max(widest, PdfText.centred(out, bold, b.size(), line, cx, y));
                y -= b.size() * b.leading();
            }
            float ruleY = y + b.size() * b.leading() - b.size() * 0.7f;
            rule(out, cx, ruleY, Math.min(widest * 0.3f, 60));
            lowest = Math.min(lowest, ruleY);
        }
        if (t.nationalMotto()) {
            float cx = RIGHT - mottoWidth / 2;
            Block one = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, MOTTO_1, 11.5f, 8, mottoWidth - 6, 1, 1.3f);
            Block two = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, MOTTO_2, 12.5f, 8, mottoWidth - 6, 1, 1.3f);
            float y = namesTop - one.size();
            out.setNonStrokingColor(INK);
            PdfText.centred(out, bold, one.size(), MOTTO_1, cx, y);
            y -= one.size() * one.leading() + 1;
            float w = PdfText.centred(out, bold, two.size(), MOTTO_2, cx, y);
            float ruleY = y - two.size() * 0.3f;
            out.setStrokingColor(INK);
            out.setLineWidth(0.7f);
            out.moveTo(cx - w / 2, ruleY);
            out.lineTo(cx + w / 2, ruleY);
            out.stroke();
            lowest = Math.min(lowest, ruleY);
        }
        return lowest;
    }

    private static void rule(PDPageContentStream out, float cx, float y, float halfWidth) throws IOException {
        out.setStrokingColor(GREEN);
        out.setLineWidth(0.7f);
        out.moveTo(cx - halfWidth, y);
        out.lineTo(cx + halfWidth, y);
        out.stroke();
    }

    /** Draws the title and the ornament under it; returns the y under the ornament. */
    private float title(PDPageContentStream out, float headerBottom) throws IOException {
        Block b = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, TITLE, 38, 24, CW, 1, 1.2f);
        float baseline = headerBottom - 20 - b.size() * 0.75f;
        out.setNonStrokingColor(RED);
        PdfText.centred(out, fonts.get(PdfFonts.SERIF_BOLD), b.size(), TITLE, CX, baseline);
        float y = baseline - 14;
        out.setStrokingColor(GOLD);
        out.setLineWidth(0.9f);
        out.moveTo(CX - 110, y);
        out.lineTo(CX - 9, y);
        out.moveTo(CX + 9, y);
        out.lineTo(CX + 110, y);
        out.stroke();
        out.setNonStrokingColor(GOLD);
        diamond(out, CX, y, 4.5f);
        out.fill();
        return y - 4.5f;
    }

    // ---- signatories ---------------------------------------------------------------------------------------------

    /** Draws the place and date line and the signature blocks; returns the highest y used. */
    private float signatories(PDPageContentStream out, CertificateTemplate t) throws IOException {
        List<Signatory> list = t.signatories();
        int n = list.size();
        float areaLeft = LEFT + QR_ZONE + 10;
        float colWidth = n == 1 ? 300 : Math.min(290, (RIGHT - areaLeft) / n);
        // the columns spread evenly over the area right of the QR code (one signatory sits at the right)
        float[] centres = new float[n];
        if (n == 1) {
            centres[0] = RIGHT - colWidth / 2;
        } else {
            float gap = (RIGHT - areaLeft - n * colWidth) / n;
            for (int i = 0; i < n; i++) {
                centres[i] = areaLeft + gap / 2 + colWidth * (i + 0.5f) + gap * i;
            }
        }
        PDType0Font bold = fonts.get(PdfFonts.SERIF_BOLD);
        List<Block> titles = new ArrayList<>();
        List<Block> names = new ArrayList<>();
        float titleHeight = 0;
        float nameHeight = 0;
        for (Signatory s : list) {
            String title = PdfText.upper(PdfText.printable(s.title(), PdfFonts.SERIF_BOLD, true));
            Block tb = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, title, 11.5f, 8, colWidth - 10, 3, 1.3f);
            Block nb = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, PdfText.printable(s.name(), PdfFonts.SERIF_BOLD, false), 13.5f, 9,
                    colWidth - 10, 2, 1.25f);
            titles.add(tb);
            names.add(nb);
            titleHeight = Math.max(titleHeight, tb.height());
            nameHeight = Math.max(nameHeight, nb.height());
        }
        float nameTop = BOTTOM + nameHeight;
        float signatureBottom = nameTop + 4;
        float titleBottom = signatureBottom + SIGNATURE_HEIGHT + 4;
        float titleTop = titleBottom + titleHeight;
        for (int i = 0; i < n; i++) {
            Signatory s = list.get(i);
            Block tb = titles.get(i);
            out.setNonStrokingColor(INK);
            float y = titleTop - tb.size();
            for (String line : tb.lines()) {
                PdfText.centred(out, bold, tb.size(), line, centres[i], y);
                y -= tb.size() * tb.leading();
            }
            if (s.signature() != null) {
                PdfImages.drawFitted(out, images.get(s.signature(), "Ảnh chữ ký của " + s.name()), centres[i], signatureBottom,
                        colWidth - 30, SIGNATURE_HEIGHT, true);
            }
            Block nb = names.get(i);
            out.setNonStrokingColor(NAVY);
            y = nameTop - nb.size();
            for (String line : nb.lines()) {
                PdfText.centred(out, bold, nb.size(), line, centres[i], y);
                y -= nb.size() * nb.leading();
            }
        }
        String placeDate = PdfText.printable(t.place(), PdfFonts.SERIF_ITALIC, false) + ", " + longDate(t.issuedOn());
        float lineLeft = n == 1 ? centres[0] - colWidth / 2 : areaLeft;
        float lineCentre = n == 1 ? centres[0] : (areaLeft + RIGHT) / 2;
        Block pd = PdfText.fit(fonts, PdfFonts.SERIF_ITALIC, placeDate, 13, 9, RIGHT - lineLeft, 1, 1.3f);
        float baseline = titleTop + 10;
        out.setNonStrokingColor(INK);
        float y = baseline + (pd.lines().size() - 1) * pd.size() * pd.leading();
        for (String line : pd.lines()) {
            float w = PdfText.width(fonts.get(PdfFonts.SERIF_ITALIC), line, pd.size());
            // centred over the signatures, pulled left if it would pass the right margin
            float x = Math.min(lineCentre - w / 2, RIGHT - w);
            PdfText.show(out, fonts.get(PdfFonts.SERIF_ITALIC), pd.size(), line, x, y);
            y -= pd.size() * pd.leading();
        }
        return baseline + pd.lines().size() * pd.size() * pd.leading();
    }

    /** "ngày 18 tháng 10 năm 2021" (day and month below 10 with a leading zero, as official documents write them). */
    static String longDate(LocalDate d) {
        return "ngày " + (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth() + " tháng " + (d.getMonthValue() < 3 ? "0" : "")
                + d.getMonthValue() + " năm " + d.getYear();
    }

    // ---- QR code and register number -----------------------------------------------------------------------------

    private void qr(PDPageContentStream out, CertificateData data) throws IOException {
        float cx = LEFT + QR_ZONE / 2;
        PDType0Font regular = fonts.get(PdfFonts.SERIF);
        PDType0Font sans = fonts.get(PdfFonts.SANS);
        Block number = PdfText.fit(fonts, PdfFonts.SERIF, "Số vào sổ: " + PdfText.printable(data.registerNumber(), PdfFonts.SERIF, false),
                10.5f, 7, QR_ZONE, 2, 1.25f);
        Block url = PdfText.fitAddress(fonts, PdfFonts.SANS, PdfText.printable(data.shortVerificationUrl(), PdfFonts.SANS, false), 7.5f,
                6, QR_ZONE, 1.2f);
        float y = BOTTOM + number.height() - number.size();
        out.setNonStrokingColor(INK);
        for (String line : number.lines()) {
            PdfText.centred(out, regular, number.size(), line, cx, y);
            y -= number.size() * number.leading();
        }
        float urlBottom = BOTTOM + number.height() + 6;
        y = urlBottom + url.height() - url.size();
        out.setNonStrokingColor(GREY);
        for (String line : url.lines()) {
            PdfText.centred(out, sans, url.size(), line, cx, y);
            y -= url.size() * url.leading();
        }
        BitMatrix m = QrCode.matrix(data.verificationUrl());
        float module = QR_SIDE / m.getWidth();
        float qrBottom = urlBottom + url.height();
        float qrLeft = cx - QR_SIDE / 2;
        out.setNonStrokingColor(Color.WHITE);
        out.addRect(qrLeft, qrBottom, QR_SIDE, QR_SIDE);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (!m.get(x, row)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < m.getWidth() && m.get(x + run, row)) {
                    run++;
                }
                // one rectangle per horizontal run; a hair taller than a module so rows leave no seams when rasterised
                out.addRect(qrLeft + x * module, qrBottom + QR_SIDE - (row + 1) * module - 0.02f, run * module, module + 0.04f);
                x += run;
            }
        }
        out.fill();
    }

    // ---- the holder and the series -------------------------------------------------------------------------------

    /** One centred line of the middle block, optionally led by an italic label on the same baseline. */
    private record Line(PdfFonts face, float size, Color color, String text, float gapBefore, String label, float labelSize) {
        Line(PdfFonts face, float size, Color color, String text, float gapBefore) {
            this(face, size, color, text, gapBefore, null, 0);
        }
    }

    private void middle(PDPageContentStream out, CertificateData data, float top, float bottom) throws IOException {
        float available = top - bottom;
        List<Line> lines = List.of();
        float height = 0;
        for (float scale = 1f; scale > 0.3f; scale -= 0.05f) {
            lines = middleLines(data, scale);
            height = 0;
            for (Line l : lines) {
                height += l.gapBefore() + l.size() * 1.3f;
            }
            if (height <= available) {
                break;
            }
        }
        // centred in the space, a little above the middle
        float slack = Math.max(0, available - height);
        float y = top - slack * 0.42f;
        for (Line l : lines) {
            y -= l.gapBefore() + l.size() * 1.3f;
            float baseline = y + l.size() * 0.3f;
            if (l.label() != null) {
                // label and name on one line: the label in italics, the name in bold
                PDType0Font labelFont = fonts.get(PdfFonts.SERIF_ITALIC);
                float lw = PdfText.width(labelFont, l.label(), l.labelSize());
                float nw = PdfText.width(fonts.get(l.face()), l.text(), l.size());
                float x = CX - (lw + nw) / 2;
                out.setNonStrokingColor(INK);
                PdfText.show(out, labelFont, l.labelSize(), l.label(), x, baseline);
                out.setNonStrokingColor(l.color());
                PdfText.show(out, fonts.get(l.face()), l.size(), l.text(), x + lw, baseline);
            } else {
                out.setNonStrokingColor(l.color());
                PdfText.centred(out, fonts.get(l.face()), l.size(), l.text(), CX, baseline);
            }
        }
    }

    private List<Line> middleLines(CertificateData data, float s) {
        List<Line> lines = new ArrayList<>();
        String label = "Chứng nhận " + data.honorific().label() + ": ";
        String name = PdfText.upper(PdfText.printable(data.fullName(), PdfFonts.SERIF_BOLD, false));
        float labelSize = 16 * s;
        float labelWidth = PdfText.width(fonts.get(PdfFonts.SERIF_ITALIC), label, labelSize);
        Block oneLine = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, name, 22 * s, 15 * s, CW - labelWidth, 1, 1.3f);
        if (oneLine.lines().size() == 1) {
            lines.add(new Line(PdfFonts.SERIF_BOLD, oneLine.size(), NAVY, name, 0, label, labelSize));
        } else {
            lines.add(new Line(PdfFonts.SERIF_ITALIC, labelSize, INK, label.strip(), 0));
            Block b = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, name, 22 * s, 10 * s, CW, 2, 1.3f);
            for (String l : b.lines()) {
                lines.add(new Line(PdfFonts.SERIF_BOLD, b.size(), NAVY, l, 0));
            }
        }
        float gap = 7 * s;
        if (data.birthDate() != null) {
            lines.add(new Line(PdfFonts.SERIF, 14 * s, INK, data.birthDate().printed(), gap));
            gap = 0;
        }
        if (data.workplace() != null) {
            Block b = PdfText.fit(fonts, PdfFonts.SERIF, "Đơn vị công tác: " + PdfText.printable(data.workplace(), PdfFonts.SERIF, false),
                    14 * s, 9 * s, CW * 0.92f, 2, 1.3f);
            for (String l : b.lines()) {
                lines.add(new Line(PdfFonts.SERIF, b.size(), INK, l, gap));
                gap = 0;
            }
        }
        lines.add(new Line(PdfFonts.SERIF, 15 * s, INK, data.kind().phrase(), 9 * s));
        CertificateTemplate t = data.template();
        Block series = PdfText.fit(fonts, PdfFonts.SERIF_BOLD, PdfText.printable(t.seriesTitle(), PdfFonts.SERIF_BOLD, false),
                19 * s, 10 * s, CW * 0.9f, 3, 1.3f);
        gap = 1 * s;
        for (String l : series.lines()) {
            lines.add(new Line(PdfFonts.SERIF_BOLD, series.size(), GREEN, l, gap));
            gap = 0;
        }
        String dates = t.from().equals(t.to()) ? "ngày " + VietnameseFormat.date(t.from())
                : "từ ngày " + VietnameseFormat.date(t.from()) + " đến ngày " + VietnameseFormat.date(t.to());
        lines.add(new Line(PdfFonts.SERIF_ITALIC, 14 * s, INK, dates, 3 * s));
        return lines;
    }
}
