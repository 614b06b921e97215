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

    /**
     * Inserts the documents with a PDF each (indexed in uploaded_file like an upload), their fields, and a few
     * links: a newer document of a type now and then replaces, amends or supplements an older one of the same
     * type (always newer to older, so no cycle), and some are related.
     */
    public int insertDocuments(List<DemoDocument> docs, List<DemoFiles.DocumentPdf> pdfs) {
        Map<String, Long> fields = jdbc.sql("SELECT slug, id FROM document_field").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Long> ids = new java.util.ArrayList<>();
        Map<String, Long> lastOfType = new java.util.HashMap<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            DemoDocument d = docs.get(i);
            long id = jdbc.sql("""
                            INSERT INTO legal_document (slug, number_symbol, type_id, abstract, full_text, issuing_body,
                                signer_name, signer_position, issued_on, effective_on, expires_on, view_count, download_count,
                                created_at, updated_at)
                            SELECT ?, ?, t.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (?::date + time '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                                (?::date + time '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                            FROM document_type t WHERE t.code = ? RETURNING id""")
                    .params(d.slug(), d.numberSymbol(), d.abstractText(), d.fullText(), d.issuingBody(), d.signerName(),
                            d.signerPosition(), d.issuedOn(), d.effectiveOn(), d.expiresOn(), d.viewCount(),
                            d.downloadCount(), d.issuedOn(), d.issuedOn(), d.typeCode())
                    .query(Long.class).single();
            ids.add(id);
            DemoFiles.DocumentPdf pdf = pdfs.get(i);
            long fileId = jdbc.sql("""
                            INSERT INTO uploaded_file (kind, sha256, path, media_type, byte_size, original_bytes, original_name, uploaded_by)
                            VALUES ('DOCUMENT', ?, ?, 'application/pdf', ?, ?, ?, 'demo')
                            ON CONFLICT (kind, sha256) DO UPDATE SET uploaded_by = uploaded_file.uploaded_by RETURNING id""")
                    .params(pdf.sha256(), pdf.path(), pdf.size(), pdf.size(), d.slug() + ".pdf").query(Long.class).single();
            jdbc.sql("INSERT INTO legal_document_file (document_id, file_id, position, download_count) VALUES (?, ?, 10, ?)")
                    .params(id, fileId, d.downloadCount()).update();
            for (String field : fieldsOf(d)) {
                Long fieldId = fields.get(field);
                if (fieldId != null) {
                    jdbc.sql("INSERT INTO legal_document_field (document_id, field_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                            .params(id, fieldId).update();
                }
            }
            Long older = lastOfType.put(d.typeCode(), id);
            String kind = i % 7 == 3 ? "REPLACES" : i % 9 == 4 ? "AMENDS" : i % 11 == 5 ? "SUPPLEMENTS" : null;
            if (older != null && kind != null && pairs.add(older + "-" + id)) {
                jdbc.sql("INSERT INTO legal_document_link (from_id, to_id, kind) VALUES (?, ?, ?)").params(id, older, kind).update();
            }
            if (i >= 3 && i % 5 == 0 && pairs.add(ids.get(i - 3) + "-" + id)) {
                jdbc.sql("INSERT INTO legal_document_link (from_id, to_id, kind) VALUES (?, ?, 'RELATED')").params(id, ids.get(i - 3)).update();
            }
        }
        return docs.size();
    }

    /** Fields by the words of the abstract; every document of this office is about new rural development. */
    static List<String> fieldsOf(DemoDocument d) {
        String a = d.abstractText().toLowerCase(java.util.Locale.ROOT);
        List<String> out = new java.util.ArrayList<>(List.of("nong-thon-moi"));
        if (a.contains("ocop")) {
            out.add("chuong-trinh-ocop");
        }
        if (a.contains("nâng cao") || a.contains("kiểu mẫu")) {
            out.add("xa-nong-thon-moi-nang-cao");
        }
        if (a.contains("thủy lợi") || a.contains("thuỷ lợi") || a.contains("kênh")) {
            out.add("thuy-loi");
        }
        if (a.contains("vốn") || a.contains("kinh phí") || a.contains("ngân sách") || a.contains("tài chính")) {
            out.add("tai-chinh");
        }
        if (a.contains("đầu tư")) {
            out.add("von-dau-tu-cong");
        }
        if (a.contains("sản xuất") || a.contains("nông nghiệp") || a.contains("cây trồng") || a.contains("chăn nuôi")) {
            out.add("nong-nghiep");
        }
        if (a.contains("môi trường") || a.contains("rác") || a.contains("nước sạch")) {
            out.add("moi-truong");
        }
        if (a.contains("giao thông") || a.contains("đường")) {
            out.add("giao-thong");
        }
        if (a.contains("văn hóa") || a.contains("văn hoá") || a.contains("giáo dục") || a.contains("y tế")) {
            out.add("van-hoa-xa-hoi");
        }
        return out;
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
