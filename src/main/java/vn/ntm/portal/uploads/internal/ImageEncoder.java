package vn.ntm.portal.uploads.internal;

import vn.ntm.portal.shared.ImageBytes;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Re-encodes decoded pixels: nothing of the uploaded file but its picture survives (no appended
 * payload, no metadata, no EXIF; EXIF orientation is therefore not applied). Pictures with
 * transparency stay PNG, all others become JPEG at quality 0.85. Downscaling halves the picture step by
 * step and finishes with a bicubic pass, which keeps fine detail without the shimmer of a single big step.
 */
final class ImageEncoder {

    private ImageEncoder() {
    }

    /** The picture in the pixel layout we encode: RGB on white, or ARGB when it has transparency. */
    static BufferedImage normalise(BufferedImage source) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, target.getWidth(), target.getHeight());
            }
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static boolean hasAlpha(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_ARGB;
    }

    /** The picture no wider than {@code maxWidth}, aspect ratio kept; smaller pictures are left as they are. */
    static BufferedImage fitWidth(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * maxWidth / image.getWidth()));
        return scale(image, maxWidth, height);
    }

    /** Exactly {@code width}×{@code height}: the largest centred crop of that ratio, scaled (cover). */
    static BufferedImage cover(BufferedImage image, int width, int height) {
        int w = image.getWidth();
        int h = image.getHeight();
        int cropW = w;
        int cropH = (int) Math.round((double) w * height / width);
        if (cropH > h) {
            cropH = h;
            cropW = Math.max(1, (int) Math.round((double) h * width / height));
        }
        cropH = Math.max(1, cropH);
        BufferedImage crop = image.getSubimage((w - cropW) / 2, (h - cropH) / 2, cropW, cropH);
        return scale(crop, width, height);
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, source.getType() == BufferedImage.TYPE_INT_ARGB
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] encode(BufferedImage image) {
        return hasAlpha(image) ? png(image) : jpeg(image);
    }

    private static byte[] jpeg(BufferedImage image) {
        return ImageBytes.jpeg(image);
    }

    private static byte[] png(BufferedImage image) {
        return ImageBytes.png(image);
    }
}
