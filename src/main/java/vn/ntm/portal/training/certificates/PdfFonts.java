package vn.ntm.portal.training.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces the training PDFs use: Noto Serif (regular, bold, italic) and Noto Sans (regular, bold), SIL Open
 * Font License 1.1, kept under {@code /fonts/} with their licence ({@code OFL.txt}). Each file is parsed once per
 * JVM; a document gets a {@link PDType0Font} per face on first use, embedded as a subset (only the glyphs drawn),
 * so a certificate weighs tens of kilobytes. FontBox reads a parsed font under a lock, so the parsed faces are
 * shared by every thread.
 */
public enum PdfFonts {
    SERIF("NotoSerif-Regular.ttf"),
    SERIF_BOLD("NotoSerif-Bold.ttf"),
    SERIF_ITALIC("NotoSerif-Italic.ttf"),
    SANS("NotoSans-Regular.ttf"),
    SANS_BOLD("NotoSans-Bold.ttf");

    private final String file;
    private volatile TrueTypeFont parsed;
    private volatile CmapLookup cmap;

    PdfFonts(String file) {
        this.file = file;
    }

    /** The parsed font file (parsed at the first call, then shared). */
    TrueTypeFont truetype() {
        TrueTypeFont ttf = parsed;
        if (ttf == null) {
            synchronized (this) {
                ttf = parsed;
                if (ttf == null) {
                    ttf = parse();
                    try {
                        cmap = ttf.getUnicodeCmapLookup();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    parsed = ttf;
                }
            }
        }
        return ttf;
    }

    /** Whether the face has a glyph for the code point. */
    boolean canDraw(int codePoint) {
        truetype();
        return cmap.getGlyphId(codePoint) != 0;
    }

    private TrueTypeFont parse() {
        String path = "/fonts/" + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + path);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // Vietnamese needs no glyph substitution (the letters are precomposed); PDFBox's GSUB pass for Latin
            // costs more than the rest of a page and its ligatures would only change how the text is extracted
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }

    /** The faces of one document: each loaded (and later embedded) only when first used. */
    static final class ForDocument {
        private final PDDocument doc;
        private final Map<PdfFonts, PDType0Font> loaded = new EnumMap<>(PdfFonts.class);

        ForDocument(PDDocument doc) {
            this.doc = doc;
        }

        PDType0Font get(PdfFonts face) {
            return loaded.computeIfAbsent(face, f -> {
                try {
                    // the document does not close a TrueTypeFont handed to it this way, so the parsed face stays usable
                    return PDType0Font.load(doc, f.truetype(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
