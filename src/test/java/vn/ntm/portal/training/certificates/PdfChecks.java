package vn.ntm.portal.training.certificates;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading rendered PDFs back: their text, where each glyph sits, and their QR codes. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** One extracted line of text with the box its glyphs cover (PDF units, y measured from the top of the page). */
    record TextLine(String text, float left, float right, float top, float bottom) {
        float centre() {
            return (left + right) / 2;
        }
    }

    /**
     * The text of one page as lines with their boxes: the words the stripper reports, joined when they share a
     * baseline and follow each other closely (so the three signatories' names on one baseline stay three lines).
     */
    static List<TextLine> lines(PDDocument doc, int page) throws IOException {
        List<TextLine> words = words(doc, page);
        words.sort(java.util.Comparator.comparing((TextLine l) -> Math.round(l.bottom())).thenComparing(TextLine::left));
        List<TextLine> lines = new ArrayList<>();
        for (TextLine w : words) {
            TextLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.bottom() - w.bottom()) < 1.5f && w.left() > last.right() - 1
                    && w.left() - last.right() < 12) {
                lines.set(lines.size() - 1, new TextLine(last.text() + " " + w.text(), last.left(), w.right(),
                        Math.min(last.top(), w.top()), Math.max(last.bottom(), w.bottom())));
            } else {
                lines.add(w);
            }
        }
        return lines;
    }

    /** The words of one page with their boxes. */
    static List<TextLine> words(PDDocument doc, int page) throws IOException {
        List<TextLine> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                float left = Float.MAX_VALUE;
                float right = -Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                for (TextPosition p : positions) {
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                }
                lines.add(new TextLine(text, left, right, top, bottom));
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return lines;
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Text without any white space, so that where lines wrap does not matter. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Renders the page at 150 dpi and reads the QR code on it as a phone would. */
    public static String qr(PDDocument doc, int pageIndex) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 150);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
