package vn.ntm.portal.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.shared.VietnameseText;

/** Inserts documents, songs and videos, link banners, and the known sources and authors of the articles. */
public final class ExtrasWriter {

    private final JdbcClient jdbc;

    public ExtrasWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** document_type code → name, from the rows the migration created. */
    public Map<String, String> documentTypeNames() {
        return jdbc.sql("SELECT code, name FROM document_type").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public int insertDocuments(List<DemoDocument> docs) {
        for (DemoDocument d : docs) {
            jdbc.sql("""
                            INSERT INTO legal_document (slug, number_symbol, type_id, abstract, full_text, issuing_body,
                                signer_name, signer_position, issued_on, effective_on, expires_on, view_count, download_count,
                                created_at, updated_at)
                            SELECT ?, ?, t.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (?::date + time '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                                (?::date + time '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                            FROM document_type t WHERE t.code = ?""")
                    .params(d.slug(), d.numberSymbol(), d.abstractText(), d.fullText(), d.issuingBody(), d.signerName(),
                            d.signerPosition(), d.issuedOn(), d.effectiveOn(), d.expiresOn(), d.viewCount(),
                            d.downloadCount(), d.issuedOn(), d.issuedOn(), d.typeCode())
                    .update();
        }
        return docs.size();
    }

    public int insertMedia(LocalDate today) {
        int position = 10;
        for (MediaPlan.Song s : MediaPlan.SONGS) {
            jdbc.sql("INSERT INTO media_item (title, kind, file_path, description, position, created_at) VALUES (?, 'AUDIO', ?, ?, ?, ?::date)")
                    .params(s.title(), DemoFile.PUBLIC_PREFIX + s.fileName(), s.description(), position,
                            today.minusDays(30L * position)).update();
            position += 10;
        }
        for (MediaPlan.Video v : MediaPlan.VIDEOS) {
            jdbc.sql("INSERT INTO media_item (title, kind, embed_url, description, position, created_at) VALUES (?, 'VIDEO', ?, ?, ?, ?::date)")
                    .params(v.title(), v.embedUrl(), v.description(), position, today.minusDays(30L * position)).update();
            position += 10;
        }
        return MediaPlan.SONGS.size() + MediaPlan.VIDEOS.size();
    }

    public int insertLinks() {
        int position = 10;
        for (MediaPlan.Link l : MediaPlan.LINKS) {
            jdbc.sql("INSERT INTO link_banner (title, url, image_path, image_alt, position, click_count) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(l.title(), l.url(), DemoFile.PUBLIC_PREFIX + l.fileName(), l.title(), position, 40L * (100 - position))
                    .update();
            position += 10;
        }
        return MediaPlan.LINKS.size();
    }

    /**
     * The sources the demo articles cite ({@code name|url template} lines of the word bank), each with the
     * home page of its URL template as its address.
     */
    public int insertSources(List<String> lines) {
        int position = 10;
        for (String line : lines) {
            String[] parts = line.split("\\|");
            String template = parts.length > 1 ? parts[1] : "";
            int slash = template.indexOf('/', "https://".length());
            String home = template.startsWith("https://") && slash > 0 ? template.substring(0, slash + 1) : "";
            jdbc.sql("INSERT INTO news_source (name, name_key, url, position) VALUES (?, ?, ?, ?) ON CONFLICT (name_key) DO NOTHING")
                    .params(parts[0], VietnameseText.nameKey(parts[0]), home, position).update();
            position += 10;
        }
        return lines.size();
    }

    /** The authors' names the demo articles carry. */
    public int insertAuthors(List<String> names) {
        for (String name : names) {
            jdbc.sql("INSERT INTO news_author (display_name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING")
                    .params(name, VietnameseText.nameKey(name)).update();
        }
        return names.size();
    }
}
