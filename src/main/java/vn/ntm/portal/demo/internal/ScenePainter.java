package vn.ntm.portal.demo.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Random;

/** The foreground of a demo picture for each theme, drawn in simple perspective below the horizon. */
final class ScenePainter {

    private ScenePainter() {
    }

    static void paint(Graphics2D g, String theme, int variant, Random r, int w, int h, int horizon, float hue) {
        Color light = Color.getHSBColor(hue, 0.55f, 0.7f);
        Color dark = Color.getHSBColor(hue + 0.02f, 0.7f, 0.42f);
        switch (theme) {
            case "lua" -> rice(g, r, w, h, horizon, light, dark, variant % 3 == 1);
            case "vuon" -> {
                ground(g, w, h, horizon, light, dark);
                TreePainter.orchard(g, r, w, h, horizon);
            }
            case "lang" -> {
                rows(g, r, w, h, horizon, light, dark, 24);
                TreePainter.village(g, r, w, h, horizon);
            }
            case "bien" -> coast(g, r, w, h, horizon);
            case "doi" -> teaHills(g, r, w, h, horizon, light, dark);
            case "song" -> {
                rows(g, r, w, h, horizon, light, dark, 30);
                river(g, r, w, h, horizon);
            }
            default -> throw new IllegalArgumentException("Unknown theme " + theme);
        }
    }

    static void ground(Graphics2D g, int w, int h, int horizon, Color far, Color near) {
        g.setPaint(new GradientPaint(0, horizon, far, 0, h, near));
        g.fillRect(0, horizon, w, h - horizon);
    }

    /** Depth t (0 at the horizon, 1 at the bottom) to a y coordinate; squared, so near rows spread out. */
    static float depthY(float t, int h, int horizon) {
        return horizon + (h - horizon) * t * t;
    }

    /** Green rows, or golden ones at harvest time. */
    private static void rice(Graphics2D g, Random r, int w, int h, int horizon, Color light, Color dark, boolean ripe) {
        Color far = ripe ? new Color(0xE2C15A) : light;
        Color near = ripe ? new Color(0xB8902A) : dark;
        rows(g, r, w, h, horizon, far, near, 70);
        g.setColor(new Color(0xC8B68A));
        for (float t = 0.3f; t < 1f; t += 0.18f + 0.1f * r.nextFloat()) { // earth banks between paddies
            g.setStroke(new BasicStroke(1 + 6 * t));
            float y = depthY(t, h, horizon);
            g.drawLine(0, (int) y, w, (int) (y + (r.nextFloat() - 0.5f) * 20 * t));
        }
    }

    /** Rows of plants running to a vanishing point: alternate wedges in a darker shade. */
    static void rows(Graphics2D g, Random r, int w, int h, int horizon, Color far, Color near, int count) {
        ground(g, w, h, horizon, far, near);
        float vx = w * (0.3f + 0.4f * r.nextFloat());
        float spread = w * 4f / count;
        g.setColor(new Color(0, 40, 0, 45));
        for (int i = -count; i < count; i += 2) {
            Path2D.Float p = new Path2D.Float();
            p.moveTo(vx, horizon);
            p.lineTo(vx + i * spread, h);
            p.lineTo(vx + (i + 1) * spread, h);
            p.closePath();
            g.fill(p);
        }
    }

    private static void teaHills(Graphics2D g, Random r, int w, int h, int horizon, Color light, Color dark) {
        ground(g, w, h, horizon, light, dark);
        int hillsCount = 2 + r.nextInt(2);
        for (int i = 0; i < hillsCount; i++) {
            float cx = w * (i + 0.3f + 0.4f * r.nextFloat()) / hillsCount;
            float rx = w * (0.35f + 0.2f * r.nextFloat());
            float top = horizon + (h - horizon) * (0.1f + 0.3f * i / hillsCount);
            Shape hill = new Ellipse2D.Float(cx - rx, top, rx * 2, (h - top) * 2.2f);
            g.setPaint(new GradientPaint(0, top, LandscapePainter.mix(light, Color.WHITE, 0.1f), 0, h, dark));
            g.fill(hill);
            Shape clip = g.getClip();
            g.clip(hill);
            g.setColor(LandscapePainter.mix(dark, Color.BLACK, 0.25f));
            for (float y = top + 10; y < h; y += 9 + (y - top) * 0.08f) { // tea rows follow the slope
                g.setStroke(new BasicStroke(2 + (y - top) * 0.03f));
                Path2D.Float row = new Path2D.Float();
                row.moveTo(cx - rx, y + 30);
                row.quadTo(cx, y - 25, cx + rx, y + 30);
                g.draw(row);
            }
            g.setClip(clip);
        }
    }

    /** A river winding from the horizon toward the viewer, widening as it comes near. */
    private static void river(Graphics2D g, Random r, int w, int h, int horizon) {
        float vx = w * (0.35f + 0.3f * r.nextFloat());
        double phase = r.nextDouble() * Math.PI * 2;
        int steps = 40;
        float[] ys = new float[steps + 1];
        float[] lefts = new float[steps + 1];
        float[] rights = new float[steps + 1];
        for (int i = 0; i <= steps; i++) {
            float t = (float) i / steps;
            float cx = vx + (float) Math.sin(t * 5 + phase) * 220 * t;
            float half = 4 + 230 * t * t;
            ys[i] = depthY(t, h, horizon);
            lefts[i] = cx - half;
            rights[i] = cx + half;
        }
        Path2D.Float river = new Path2D.Float();
        river.moveTo(lefts[0], ys[0]);
        for (int i = 1; i <= steps; i++) {
            river.lineTo(lefts[i], ys[i]);
        }
        for (int i = steps; i >= 0; i--) {
            river.lineTo(rights[i], ys[i]);
        }
        river.closePath();
        g.setPaint(new GradientPaint(0, horizon, new Color(0xA9CCE3), 0, h, new Color(0x2E6F95)));
        g.fill(river);
    }

    private static void coast(Graphics2D g, Random r, int w, int h, int horizon) {
        int shore = (int) (horizon + (h - horizon) * (0.35f + 0.2f * r.nextFloat()));
        g.setPaint(new GradientPaint(0, horizon, new Color(0x7FB3D5), 0, shore, new Color(0x1F618D)));
        g.fillRect(0, horizon, w, shore - horizon);
        g.setColor(new Color(255, 255, 255, 90));
        for (int i = 0; i < 60; i++) { // glints on the water
            int y = horizon + r.nextInt(Math.max(1, shore - horizon));
            int len = 10 + (int) (60f * (y - horizon) / Math.max(1, shore - horizon));
            g.fillRect(r.nextInt(w), y, len, 2);
        }
        g.setPaint(new GradientPaint(0, shore, new Color(0xF3E1B6), 0, h, new Color(0xD6B77C)));
        g.fillRect(0, shore, w, h - shore);
        g.setColor(new Color(255, 255, 255, 160));
        g.setStroke(new BasicStroke(4));
        g.drawLine(0, shore, w, shore);
        TreePainter.boats(g, r, w, horizon, shore);
    }
}
