package vn.ntm.portal.demo.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a 300×80 link banner: a coloured gradient, a round emblem (a chat bubble for the Zalo link)
 * and the title in DejaVu Sans, which has every Vietnamese glyph. If the font cannot show the title,
 * the banner stays plain; the alt text carries the title anyway.
 */
public final class BannerPainter {

    public static final int WIDTH = 300;
    public static final int HEIGHT = 80;

    private BannerPainter() {
    }

    public static BufferedImage paint(MediaPlan.Link link) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color base = new Color(link.rgb());
        g.setPaint(new GradientPaint(0, 0, LandscapePainter.mix(base, Color.WHITE, 0.15f), WIDTH, HEIGHT,
                LandscapePainter.mix(base, Color.BLACK, 0.25f)));
        g.fill(new RoundRectangle2D.Float(0, 0, WIDTH, HEIGHT, 14, 14));
        emblem(g, link.fileName().contains("zalo"));
        Font font = new Font("DejaVu Sans", Font.BOLD, 17);
        if (font.canDisplayUpTo(link.title()) == -1) {
            g.setColor(Color.WHITE);
            text(g, font, link.title());
        }
        g.dispose();
        return img;
    }

    /** A star emblem, or a speech bubble for the chat link (not a fake QR code, which someone might try to scan). */
    private static void emblem(Graphics2D g, boolean chat) {
        if (chat) {
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Float(12, 16, 56, 40, 18, 18));
            g.fill(new java.awt.geom.Path2D.Float(new java.awt.Polygon(new int[] {24, 38, 20}, new int[] {52, 52, 66}, 3)));
            g.setColor(new Color(0x0068FF));
            for (int i = 0; i < 3; i++) {
                g.fill(new Ellipse2D.Float(25 + i * 12, 32, 7, 7));
            }
            return;
        }
        g.setColor(new Color(255, 255, 255, 220));
        g.fill(new Ellipse2D.Float(12, 12, 56, 56));
        g.setColor(new Color(0xC0392B));
        g.fill(new Ellipse2D.Float(18, 18, 44, 44));
        g.setColor(new Color(0xF4D03F));
        g.fill(star(40, 40, 17, 7));
    }

    private static java.awt.Shape star(float cx, float cy, float outer, float inner) {
        java.awt.geom.Path2D.Float p = new java.awt.geom.Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            float rad = i % 2 == 0 ? outer : inner;
            float x = cx + (float) (Math.cos(a) * rad);
            float y = cy + (float) (Math.sin(a) * rad);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    /** The title in one or two lines right of the emblem, shrinking the font until it fits. */
    private static void text(Graphics2D g, Font font, String title) {
        int left = 80;
        int room = WIDTH - left - 10;
        for (int size = 17; size >= 11; size--) {
            Font f = font.deriveFont((float) size);
            FontMetrics m = g.getFontMetrics(f);
            List<String> lines = wrap(title, m, room);
            if (lines.size() <= 2) {
                g.setFont(f);
                int lineHeight = m.getAscent() + 2;
                int y = (HEIGHT - lines.size() * lineHeight) / 2 + m.getAscent();
                for (String line : lines) {
                    g.drawString(line, left, y);
                    y += lineHeight;
                }
                return;
            }
        }
    }

    private static List<String> wrap(String text, FontMetrics m, int room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (m.stringWidth(candidate) <= room || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
