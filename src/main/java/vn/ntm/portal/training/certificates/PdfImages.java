package vn.ntm.portal.training.certificates;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The pictures of one document (logos, signatures): each distinct picture stored once, however many pages show it. */
final class PdfImages {

    private record Key(byte[] bytes, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final PDDocument doc;
    private final Map<Key, PDImageXObject> images = new HashMap<>();

    PdfImages(PDDocument doc) {
        this.doc = doc;
    }

    /** Whether the bytes are a PNG or JPEG picture PDFBox can embed. */
    static boolean isPngOrJpeg(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return false;
        }
        boolean png = (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
        return png || jpeg;
    }

    PDImageXObject get(byte[] bytes, String what) {
        return images.computeIfAbsent(new Key(bytes, Arrays.hashCode(bytes)), k -> {
            if (!isPngOrJpeg(bytes)) {
                throw new IllegalArgumentException(what + " phải là ảnh PNG hoặc JPEG.");
            }
            try {
                return PDImageXObject.createFromByteArray(doc, bytes, what);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(what + " không đọc được (cần ảnh PNG hoặc JPEG).", e);
            }
        });
    }

    /**
     * Draws the picture as large as fits the box (never enlarged past twice its pixel size), keeping its proportions,
     * centred horizontally; vertically resting on the bottom or centred.
     */
    static void drawFitted(PDPageContentStream out, PDImageXObject image, float cx, float bottom, float maxWidth, float maxHeight,
                           boolean centreVertically) throws IOException {
        float scale = Math.min(Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()), 2f);
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float y = centreVertically ? bottom + (maxHeight - h) / 2 : bottom;
        out.drawImage(image, cx - w / 2, y, w, h);
    }
}
