package vn.ntm.portal.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes as inline SVG (ZXing encodes, this class draws): one {@code <path>} of dark modules on a
 * white square with the standard four-module quiet zone. Inline SVG needs no {@code data:} image and no
 * style attribute, so it passes the site's Content-Security-Policy.
 */
public final class QrCode {

    /** Pixels per module when the page does not size the image itself. */
    private static final int MODULE_PIXELS = 4;

    private QrCode() {
    }

    /** The QR code of the text (UTF-8, error correction M) as a decorative SVG element. */
    public static String svg(String text) {
        return svg(text, null);
    }

    /**
     * The QR code of the text as an SVG element; with a label, the element is an image with that
     * accessible name (its "alt text"), otherwise it is hidden from assistive technology.
     */
    public static String svg(String text, String label) {
        BitMatrix matrix = matrix(text);
        int size = matrix.getWidth();
        StringBuilder svg = new StringBuilder(size * size);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" width=\"").append(size * MODULE_PIXELS).append("\" height=\"").append(size * MODULE_PIXELS)
                .append("\" shape-rendering=\"crispEdges\"");
        if (label == null || label.isBlank()) {
            svg.append(" aria-hidden=\"true\">");
        } else {
            svg.append(" role=\"img\" aria-label=\"").append(Xml.escape(label)).append("\"><title>").append(Xml.escape(label)).append("</title>");
        }
        svg.append("<rect width=\"").append(size).append("\" height=\"").append(size).append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < size && matrix.get(x + run, y)) {
                    run++;
                }
                // one rectangle per horizontal run of dark modules
                svg.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return svg.append("\"/></svg>").toString();
    }

    /** The modules of the text's QR code, one bit per module, quiet zone included. */
    public static BitMatrix matrix(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code", e);
        }
    }
}
