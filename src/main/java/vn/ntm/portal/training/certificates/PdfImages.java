package vn.ntm.portal.training.certificates;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pictures of one document (logos, signatures): each distinct picture stored once, however many pages show it.
 * JPEG data is embedded as it is; a PNG is decoded and compressed once per JVM (a small shared cache) and its
 * compressed samples copied into each document, with its transparency as a soft mask.
 */
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

    /** A PNG decoded once and deflated as PDF wants it: RGB samples and, when it has transparency, alpha samples. */
    private record Encoded(int width, int height, byte[] rgb, byte[] alpha) {
    }

    /** Pictures decoded and compressed once per JVM, not once per document (a ZIP of 3,000 PDFs repeats the same logos). */
    private static final int SHARED_MAX = 64;
    private static final Map<Key, Encoded> SHARED = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Encoded> eldest) {
            return size() > SHARED_MAX;
        }
    });

    private final PDDocument doc;
    private final Map<Key, PDImageXObject> images = new HashMap<>();

    PdfImages(PDDocument doc) {
        this.doc = doc;
    }

    /** Whether the bytes start like a PNG or JPEG picture. */
    static boolean isPngOrJpeg(byte[] bytes) {
        return isPng(bytes) || isJpeg(bytes);
    }

    private static boolean isPng(byte[] b) {
        return b != null && b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b != null && b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
    }

    PDImageXObject get(byte[] bytes, String what) {
        return images.computeIfAbsent(new Key(bytes, Arrays.hashCode(bytes)), k -> {
            if (!isPngOrJpeg(bytes)) {
                throw new IllegalArgumentException(what + " phải là ảnh PNG hoặc JPEG.");
            }
            try {
                if (isJpeg(bytes)) {
                    // JPEG data goes into the PDF as it is (DCTDecode): nothing to re-encode
                    return JPEGFactory.createFromByteArray(doc, bytes);
                }
                Encoded e = SHARED.get(k);
                if (e == null) {
                    e = encode(bytes);
                    SHARED.put(k, e);
                }
                PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(e.rgb()), COSName.FLATE_DECODE, e.width(),
                        e.height(), 8, PDDeviceRGB.INSTANCE);
                if (e.alpha() != null) {
                    PDImageXObject mask = new PDImageXObject(doc, new ByteArrayInputStream(e.alpha()), COSName.FLATE_DECODE, e.width(),
                            e.height(), 8, PDDeviceGray.INSTANCE);
                    image.getCOSObject().setItem(COSName.SMASK, mask);
                }
                return image;
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(what + " không đọc được (cần ảnh PNG hoặc JPEG).", e);
            }
        });
    }

    private static Encoded encode(byte[] png) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        if (img == null) {
            throw new IOException("not a picture");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        if ((long) w * h > 25_000_000L) {
            throw new IOException("picture too large");
        }
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        byte[] alpha = img.getColorModel().hasAlpha() ? new byte[w * h] : null;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[3 * i] = (byte) (p >> 16);
            rgb[3 * i + 1] = (byte) (p >> 8);
            rgb[3 * i + 2] = (byte) p;
            if (alpha != null) {
                alpha[i] = (byte) (p >>> 24);
            }
        }
        return new Encoded(w, h, deflate(rgb), alpha == null ? null : deflate(alpha));
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
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
