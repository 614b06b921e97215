package vn.ntm.portal.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Reads a word-list resource: {@code [section]} headers, one entry a line, {@code #} comment lines.
 * Entries are normalised to NFC, so an editor that saved decomposed accents cannot leak them into the data.
 */
final class Sections {

    private Sections() {
    }

    static Map<String, List<String>> load(String resource) {
        try (InputStream in = Sections.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("Entry before any [section]: " + line);
            } else {
                current.add(VietnameseText.nfc(line));
            }
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return sections;
    }
}
