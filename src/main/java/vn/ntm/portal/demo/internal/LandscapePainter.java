package vn.ntm.portal.demo.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Paints one demo picture with Java2D: a sky of the time of day, sun, clouds, three ranges of hills
 * that fade with distance, then the theme's foreground. No text, so nothing needs translating.
 */
public final class LandscapePainter {

    /** Sky top, sky at the horizon, sun: morning, noon, late afternoon, overcast. */
    private static final Color[][] SKIES = {
            {new Color(0x6FA8DC), new Color(0xFCE5CD), new Color(0xFFF2B3)},
            {new Color(0x3D85C6), new Color(0xCFE2F3), new Color(0xFFFBE0)},
            {new Color(0x5B4A7A), new Color(0xF6B26B), new Color(0xFF9A3C)},
            {new Color(0x8FA6BA), new Color(0xE3E9EE), new Color(0xF4F4F0)}};

    private LandscapePainter() {
    }

    public static BufferedImage paint(ImageCatalog.Image image) {
        int w = ImageCatalog.WIDTH;
        int h = ImageCatalog.HEIGHT;
        Random r = new Random(7919L * (image.index() + 1));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Color[] sky = SKIES[r.nextInt(SKIES.length)];
        int horizon = (int) (h * (0.36 + 0.12 * r.nextDouble()));
        g.setPaint(new GradientPaint(0, 0, sky[0], 0, horizon + 40, sky[1]));
        g.fillRect(0, 0, w, horizon + 60);
        if (sky != SKIES[3]) {
            sun(g, r, w, horizon, sky[2]);
        }
        clouds(g, r, w, horizon);
        float hue = 0.22f + 0.1f * r.nextFloat();
        for (int layer = 0; layer < 3; layer++) {
            float haze = 0.65f - layer * 0.25f;
            Color hill = Color.getHSBColor(hue + 0.04f * layer, 0.35f + 0.15f * layer, 0.55f - 0.1f * layer);
            hills(g, r, w, horizon - (int) ((2 - layer) * h * 0.06), mix(hill, sky[1], haze), 40 + layer * 25);
        }
        ScenePainter.paint(g, image.theme(), image.index() / ImageCatalog.THEMES.size(), r, w, h, horizon, hue);
        g.dispose();
        return img;
    }

    private static void sun(Graphics2D g, Random r, int w, int horizon, Color color) {
        float cx = w * (0.15f + 0.7f * r.nextFloat());
        float cy = horizon * (0.25f + 0.45f * r.nextFloat());
        float radius = 35 + r.nextInt(30);
        Color clear = new Color(color.getRed(), color.getGreen(), color.getBlue(), 0);
        g.setPaint(new RadialGradientPaint(cx, cy, radius * 3, new float[] {0f, 0.33f, 0.36f, 1f},
                new Color[] {color, color, new Color(color.getRed(), color.getGreen(), color.getBlue(), 110), clear}));
        g.fill(new Ellipse2D.Float(cx - radius * 3, cy - radius * 3, radius * 6, radius * 6));
    }

    private static void clouds(Graphics2D g, Random r, int w, int horizon) {
        int clusters = 2 + r.nextInt(5);
        for (int c = 0; c < clusters; c++) {
            float x = r.nextFloat() * w;
            float y = horizon * (0.1f + 0.55f * r.nextFloat());
            float size = 40 + r.nextInt(60);
            g.setColor(new Color(255, 255, 255, 120 + r.nextInt(80)));
            for (int p = 0; p < 5 + r.nextInt(4); p++) {
                float dx = (r.nextFloat() - 0.5f) * size * 2.4f;
                float dy = (r.nextFloat() - 0.5f) * size * 0.5f;
                float s = size * (0.6f + 0.6f * r.nextFloat());
                g.fill(new Ellipse2D.Float(x + dx - s, y + dy - s * 0.45f, s * 2, s * 0.9f));
            }
        }
    }

    /** A range of hills: a sum of sine waves above {@code base}, filled down to the bottom of the picture. */
    private static void hills(Graphics2D g, Random r, int w, int base, Color color, int amplitude) {
        double f1 = 0.002 + 0.004 * r.nextDouble();
        double f2 = 0.008 + 0.01 * r.nextDouble();
        double p1 = r.nextDouble() * Math.PI * 2;
        double p2 = r.nextDouble() * Math.PI * 2;
        Path2D.Float path = new Path2D.Float();
        path.moveTo(0, ImageCatalog.HEIGHT);
        for (int x = 0; x <= w; x += 8) {
            double y = base - amplitude * (0.6 + 0.5 * Math.sin(x * f1 + p1) + 0.2 * Math.sin(x * f2 + p2));
            path.lineTo(x, y);
        }
        path.lineTo(w, ImageCatalog.HEIGHT);
        path.closePath();
        g.setColor(color);
        g.fill(path);
    }

    /** {@code a} blended toward {@code b} by {@code t} (0 = a, 1 = b): distant hills take the sky's colour. */
    static Color mix(Color a, Color b, float t) {
        return new Color(Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
