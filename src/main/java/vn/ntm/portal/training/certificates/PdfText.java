package vn.ntm.portal.training.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ntm.portal.shared.VietnameseText;

/** Measuring, wrapping, fitting and drawing single-face text lines. */
final class PdfText {

    static final Locale VI = Locale.forLanguageTag("vi");

    private PdfText() {
    }

    /** A run of text in one face and size: what {@link #fit} decided. */
    record Block(PdfFonts face, float size, List<String> lines, float leading) {
        float height() {
            return lines.size() * size * leading;
        }
    }

    /**
     * Text made printable with a face: NFC, white space (line breaks included unless kept) as single spaces, control
     * characters dropped, a character the face has no glyph for folded to its plain letters (or '?').
     */
    static String printable(String text, PdfFonts face, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        String nfc = VietnameseText.nfc(text);
        StringBuilder b = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' && keepLineBreaks) {
                b.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                continue;
            } else if (face.canDraw(cp)) {
                b.appendCodePoint(cp);
            } else {
                String folded = VietnameseText.fold(new String(Character.toChars(cp)));
                boolean ok = !folded.isEmpty() && folded.codePoints().allMatch(face::canDraw);
                b.append(ok ? folded : "?");
            }
        }
        // runs of spaces as one, none at the ends of a line
        return b.toString().replaceAll(" {2,}", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }

    static float width(PDType0Font font, String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text broken into lines no wider than the width (at words; a word wider than a line is cut). */
    static List<String> wrap(PDType0Font font, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (rest.length() > 1 && width(font, rest, size) > maxWidth) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, rest.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    // never split a surrogate pair
                    if (Character.isLowSurrogate(rest.charAt(cut)) && cut > 1) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /**
     * The largest size from {@code maxSize} down to {@code minSize} (half a point at a time) at which the text wraps
     * into at most {@code maxLines} lines of the width; at the smallest size it takes as many lines as it needs.
     */
    static Block fit(PdfFonts.ForDocument fonts, PdfFonts face, String text, float maxSize, float minSize, float maxWidth,
                     int maxLines, float leading) {
        PDType0Font font = fonts.get(face);
        for (float size = maxSize; size > minSize; size -= 0.5f) {
            List<String> lines = wrap(font, text, size, maxWidth);
            if (lines.size() <= maxLines) {
                return new Block(face, size, balanced(font, text, size, maxWidth, lines), leading);
            }
        }
        return new Block(face, minSize, wrap(font, text, minSize, maxWidth), leading);
    }

    /**
     * An address (no spaces) on one line at the largest size from max to min that fits, else on as many lines as it
     * needs at the smallest size, broken after a '/' where possible.
     */
    static Block fitAddress(PdfFonts.ForDocument fonts, PdfFonts face, String address, float maxSize, float minSize, float maxWidth,
                            float leading) {
        PDType0Font font = fonts.get(face);
        for (float size = maxSize; size >= minSize; size -= 0.25f) {
            if (width(font, address, size) <= maxWidth) {
                return new Block(face, size, List.of(address), leading);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : address.split("(?<=/)")) {
            if (!line.isEmpty() && width(font, line + part, minSize) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(part);
            // a part wider than the line on its own is cut
            while (width(font, line.toString(), minSize) > maxWidth && line.length() > 1) {
                List<String> cut = wrap(font, line.toString(), minSize, maxWidth);
                lines.addAll(cut.subList(0, cut.size() - 1));
                line.setLength(0);
                line.append(cut.get(cut.size() - 1));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return new Block(face, minSize, lines, leading);
    }

    /**
     * The same number of lines, as even as they can be: the narrowest width (to a point) that does not need more lines,
     * so centred text does not end on a lone word.
     */
    private static List<String> balanced(PDType0Font font, String text, float size, float maxWidth, List<String> lines) {
        if (lines.size() < 2 || text.indexOf('\n') >= 0) {
            return lines;
        }
        float lo = maxWidth / lines.size();
        float hi = maxWidth;
        List<String> best = lines;
        while (hi - lo > 1) {
            float mid = (lo + hi) / 2;
            List<String> attempt = wrap(font, text, size, mid);
            if (attempt.size() <= lines.size()) {
                best = attempt;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** Draws one line with its left end at x and its baseline at y. */
    static void show(PDPageContentStream out, PDType0Font font, float size, String text, float x, float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Draws one line centred on cx, baseline at y; returns its width. */
    static float centred(PDPageContentStream out, PDType0Font font, float size, String text, float cx, float y) throws IOException {
        float w = width(font, text, size);
        show(out, font, size, text, cx - w / 2, y);
        return w;
    }
}
