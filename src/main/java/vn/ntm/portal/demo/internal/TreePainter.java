package vn.ntm.portal.demo.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** Objects standing in the landscape: fruit trees, houses along a road, boats. Far ones first. */
final class TreePainter {

    private static final Color TRUNK = new Color(0x6B4F2A);
    private static final Color[] FRUITS = {new Color(0xF39C12), new Color(0xF1C40F), new Color(0xE67E22), new Color(0xB7D968)};
    private static final Color[] ROOFS = {new Color(0xB03A2E), new Color(0xA04000), new Color(0x7B241C), new Color(0x5D6D7E)};
    private static final Color[] WALLS = {new Color(0xFDFEFE), new Color(0xF9E79F), new Color(0xFAD7A0), new Color(0xD6EAF8)};

    private TreePainter() {
    }

    static void orchard(Graphics2D g, Random r, int w, int h, int horizon) {
        Color fruit = FRUITS[r.nextInt(FRUITS.length)];
        for (int row = 1; row <= 7; row++) {
            float t = row / 7f;
            float y = ScenePainter.depthY(t, h, horizon) + 10;
            float scale = 0.12f + 0.9f * t * t;
            float gap = 150 * scale + 20;
            for (float x = -r.nextFloat() * gap; x < w + gap; x += gap * (0.9f + 0.2f * r.nextFloat())) {
                tree(g, r, x, y, scale, fruit);
            }
        }
    }

    private static void tree(Graphics2D g, Random r, float x, float y, float s, Color fruit) {
        g.setColor(TRUNK);
        g.fill(new Rectangle2D.Float(x - 5 * s, y - 45 * s, 10 * s, 45 * s));
        Color leaf = Color.getHSBColor(0.28f + 0.05f * r.nextFloat(), 0.65f, 0.35f + 0.15f * r.nextFloat());
        for (int i = 0; i < 4; i++) {
            g.setColor(i == 3 ? LandscapePainter.mix(leaf, Color.WHITE, 0.15f) : leaf);
            float cx = x + (r.nextFloat() - 0.5f) * 50 * s;
            float cy = y - 75 * s + (r.nextFloat() - 0.5f) * 30 * s;
            float rad = (32 + 12 * r.nextFloat()) * s;
            g.fill(new Ellipse2D.Float(cx - rad, cy - rad, rad * 2, rad * 2));
        }
        if (fruit != null) {
            g.setColor(fruit);
            for (int i = 0; i < 7; i++) {
                float fx = x + (r.nextFloat() - 0.5f) * 80 * s;
                float fy = y - 75 * s + (r.nextFloat() - 0.5f) * 55 * s;
                g.fill(new Ellipse2D.Float(fx - 4 * s, fy - 4 * s, 8 * s, 8 * s));
            }
        }
    }

    /** A concrete road to the horizon with houses and trees on both sides. */
    static void village(Graphics2D g, Random r, int w, int h, int horizon) {
        float vx = w * (0.4f + 0.2f * r.nextFloat());
        Path2D.Float road = new Path2D.Float();
        road.moveTo(vx - 3, horizon);
        road.lineTo(vx + 3, horizon);
        road.lineTo(w / 2f + 260, h);
        road.lineTo(w / 2f - 260, h);
        road.closePath();
        g.setColor(new Color(0xCACFD2));
        g.fill(road);
        for (int i = 8; i >= 1; i--) { // near houses drawn last, over the far ones
            float t = 1 - i / 9f;
            float y = ScenePainter.depthY(t, h, horizon);
            float s = 0.08f + 1.1f * t * t;
            float roadHalf = 3 + (260 - 3) * (y - horizon) / (h - horizon);
            float xl = vx + (w / 2f - vx) * (y - horizon) / (h - horizon);
            house(g, r, xl - roadHalf - 120 * s - r.nextInt(30) * s, y, s);
            if (r.nextBoolean()) {
                tree(g, r, xl + roadHalf + 60 * s, y, s * 0.9f, null);
            } else {
                house(g, r, xl + roadHalf + 30 * s, y, s);
            }
        }
    }

    private static void house(Graphics2D g, Random r, float x, float y, float s) {
        float bw = 110 * s;
        float bh = 60 * s;
        g.setColor(WALLS[r.nextInt(WALLS.length)]);
        g.fill(new Rectangle2D.Float(x, y - bh, bw, bh));
        Path2D.Float roof = new Path2D.Float();
        roof.moveTo(x - 10 * s, y - bh);
        roof.lineTo(x + bw / 2, y - bh - 40 * s);
        roof.lineTo(x + bw + 10 * s, y - bh);
        roof.closePath();
        g.setColor(ROOFS[r.nextInt(ROOFS.length)]);
        g.fill(roof);
        g.setColor(new Color(0x5D4037));
        g.fill(new Rectangle2D.Float(x + bw * 0.42f, y - bh * 0.6f, bw * 0.16f, bh * 0.6f));
    }

    static void boats(Graphics2D g, Random r, int w, int horizon, int shore) {
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            float y = horizon + (shore - horizon) * (0.2f + 0.7f * r.nextFloat());
            float s = 0.2f + 0.8f * (y - horizon) / Math.max(1, shore - horizon);
            float x = r.nextFloat() * w;
            Path2D.Float hull = new Path2D.Float();
            hull.moveTo(x - 50 * s, y - 12 * s);
            hull.lineTo(x + 50 * s, y - 12 * s);
            hull.lineTo(x + 35 * s, y);
            hull.lineTo(x - 35 * s, y);
            hull.closePath();
            g.setColor(new Color(0x4A235A));
            g.fill(hull);
            g.setColor(new Color(0x1F3A93));
            g.fill(new Rectangle2D.Float(x - 14 * s, y - 30 * s, 28 * s, 18 * s));
        }
    }
}
