package vn.ntm.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.uploads.Samples;

/**
 * The documents registry against the whole application over HTTP with real sign-in: an editor posts a
 * document with a PDF in one form, the public page shows it with its preview served under a view-only
 * policy; links read from both sides; the public filters and accent-insensitive search; bad input is a 4xx
 * with the Vietnamese reason and stores nothing; reporters are refused; every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentRegistryTest {

    private static final String PATH = "/quan-tri/van-ban";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Value("${ntm.upload-dir}")
    Path uploadDir;

    AdminClient editor;
    String token;

    @BeforeEach
    void signIn() throws Exception {
        editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        token = AdminClient.csrf(editor.get(PATH + "/moi").body());
    }

    @AfterEach
    void cleanUp() {
        DocumentHttp.cleanUp(jdbc, uploadDir);
    }

    @Test
    void anEditorPostsADocumentWithAPdfAndThePublicPageShowsAndPreviewsIt() throws Exception {
        String form = editor.get(PATH + "/moi").body();
        assertThat(form).contains("<h1>Đăng văn bản mới</h1>", "enctype=\"multipart/form-data\"", "<datalist id=\"known-bodies\">",
                "name=\"issuedOn\" type=\"date\" value=\"" + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "\"",
                "type=\"file\"", ">Quyết định</option>");
        byte[] pdf = Samples.pdf();
        String number = number("QĐ-UBND");
        long field = jdbc.sql("SELECT id FROM document_field WHERE slug = 'chuong-trinh-ocop'").query(Long.class).single();
        Map<String, List<String>> fields = fields(number, "quyet-dinh", "Về việc ban hành Bộ tiêu chí xã nông thôn mới", "2024-03-01",
                "2024-03-15", "");
        fields.put("fieldIds", List.of(String.valueOf(field)));
        fields.put("signerName", List.of("Nguyễn Văn An"));
        fields.put("signerPosition", List.of("Phó Chủ tịch"));
        HttpResponse<String> created = DocumentHttp.multipart(port, editor, PATH + "/moi", fields,
                List.of(new DocumentHttp.Part("bo-tieu-chi.pdf", pdf)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(AuditRows.count(jdbc, "legal_document", id, "document.created")).isEqualTo(1);
        long fileId = jdbc.sql("SELECT file_id FROM legal_document_file WHERE document_id = ?").param(id).query(Long.class).single();

        String slug = jdbc.sql("SELECT slug FROM legal_document WHERE id = ?").param(id).query(String.class).single();
        String page = editor.get("/van-ban/" + slug + "-" + id).body();
        assertThat(page).contains("Quyết định số " + number, "<dt>Số ký hiệu</dt><dd>" + number + "</dd>", "Còn hiệu lực",
                "<dt>Ngày ban hành</dt><dd>01/03/2024</dd>", "<dt>Ngày có hiệu lực</dt><dd>15/03/2024</dd>", "Chương trình OCOP",
                "Nguyễn Văn An - Phó Chủ tịch", "bo-tieu-chi.pdf", "(PDF, 1 KB",
                "<iframe class=\"pdf-preview\" src=\"/van-ban/" + id + "/tep/" + fileId + "?xem=1\" title=\"Xem trước tệp bo-tieu-chi.pdf\"",
                "href=\"/van-ban/" + id + "/tep/" + fileId + "\" download");

        HttpResponse<byte[]> preview = DocumentHttp.bytes(port, "/van-ban/" + id + "/tep/" + fileId + "?xem=1");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).isEqualTo(pdf);
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(preview.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(preview.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; object-src 'self'; frame-ancestors 'self'");
        assertThat(preview.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(downloads(id)).as("a preview is not a download").isZero();

        HttpResponse<byte[]> download = DocumentHttp.bytes(port, "/van-ban/" + id + "/tep/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("bo-tieu-chi.pdf");
        assertThat(downloads(id)).isEqualTo(1);
        assertThat(DocumentHttp.bytes(port, "/van-ban/" + id + "/tep/987654321").statusCode()).isEqualTo(404);

        // an edit keeps the file; a later expiry shows on the page
        Map<String, List<String>> edit = fields(number, "quyet-dinh", "Về việc ban hành Bộ tiêu chí (sửa)", "2024-03-01", "2024-03-15", "2024-06-01");
        assertThat(DocumentHttp.multipart(port, editor, PATH + "/" + id, edit, List.of()).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "legal_document", id, "document.updated")).isEqualTo(1);
        HttpResponse<String> moved = editor.get("/van-ban/" + slug + "-" + id);
        assertThat(moved.statusCode()).as("the slug follows the new abstract").isEqualTo(301);
        assertThat(AdminClient.location(moved)).isEqualTo(path(id));
        assertThat(publicPage(id)).contains("Hết hiệu lực", "bo-tieu-chi.pdf", "<dt>Ngày hết hiệu lực</dt><dd>01/06/2024</dd>");

        // removing the file, then deleting the document, each audited
        assertThat(editor.post(PATH + "/" + id + "/tep/" + fileId + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "legal_document", id, "document.file-removed")).isEqualTo(1);
        assertThat(editor.post(PATH + "/" + id + "/xoa", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "legal_document", id, "document.deleted")).isEqualTo(1);
        assertThat(editor.get("/van-ban/" + slug + "-" + id).statusCode()).isEqualTo(404);
        assertThat(DocumentHttp.bytes(port, "/van-ban/" + id + "/tep/" + fileId).statusCode()).isEqualTo(404);
    }

    @Test
    void linksAreStoredOnceAndReadFromBothSidesWithoutSelfLinksDuplicatesOrCycles() throws Exception {
        String oldNumber = number("QĐ-UBND");
        String newNumber = number("QĐ-UBND");
        long old = create(fields(oldNumber, "quyet-dinh", "Quy định cũ về hỗ trợ sản xuất", "2021-05-04", "", ""));
        long current = create(fields(newNumber, "quyet-dinh", "Quy định mới về hỗ trợ sản xuất", "2024-05-04", "", ""));
        HttpResponse<String> twice = DocumentHttp.multipart(port, editor, PATH + "/moi",
                fields(oldNumber, "quyet-dinh", "Trùng số", "2021-05-04", "", ""), List.of());
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("Đã có văn bản cùng loại với số ký hiệu " + oldNumber + ".");
        assertThat(link(current, oldNumber, "thay-the").statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "legal_document", current, "document.link-added")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM legal_document_link WHERE from_id IN (?, ?) OR to_id IN (?, ?)")
                .params(old, current, old, current).query(Long.class).single()).isEqualTo(1);

        assertThat(publicPage(current)).contains("<span class=\"link-kind\">Thay thế</span>: <a href=\"" + path(old) + "\">");
        assertThat(publicPage(old)).contains("<span class=\"link-kind\">Bị thay thế bởi</span>: <a href=\"" + path(current) + "\">");

        HttpResponse<String> cycle = link(old, newNumber, "thay-the");
        assertThat(cycle.statusCode()).isEqualTo(409);
        assertThat(cycle.body()).contains("Hai văn bản này đã có liên kết với nhau.");
        String third = number("QĐ-UBND");
        long newest = create(fields(third, "quyet-dinh", "Quy định thứ ba", "2025-05-05", "", ""));
        assertThat(link(newest, newNumber, "thay-the").statusCode()).isEqualTo(302);
        HttpResponse<String> loop = link(old, third, "thay-the");
        assertThat(loop.statusCode()).isEqualTo(409);
        assertThat(loop.body()).contains("tạo thành vòng");
        HttpResponse<String> self = link(old, oldNumber, "lien-quan");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(self.body()).contains("Không thể liên kết một văn bản với chính nó.");
        assertThat(link(old, "KHONG-CO-SO-NAY", "lien-quan").body()).contains("Không tìm thấy văn bản có số ký hiệu");
        assertThat(link(old, third, "sua-doi-bay").statusCode()).isEqualTo(400);

        long linkId = jdbc.sql("SELECT id FROM legal_document_link WHERE from_id = ? AND to_id = ?").params(current, old).query(Long.class).single();
        assertThat(editor.post(PATH + "/" + old + "/lien-ket/" + linkId + "/xoa", Map.of("_csrf", token)).statusCode())
                .as("removable from the other side too").isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "legal_document", old, "document.link-removed")).isEqualTo(1);
        assertThat(publicPage(current)).doesNotContain(path(old));
    }

    @Test
    void thePublicListFiltersByTypeValidityAndAccentInsensitiveKeyword() throws Exception {
        String word = "zq" + System.nanoTime();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String inForce = number("UBND-NL");
        String notYet = number("QĐ-UBND");
        String expired = number("KH-UBND");
        create(fields(inForce, "cong-van", "Đôn đốc xây dựng nông thôn mới " + word, today.minusDays(10).toString(), "", ""));
        create(fields(notYet, "quyet-dinh", "Bộ tiêu chí nông thôn mới nâng cao " + word, today.minusDays(2).toString(),
                today.plusDays(30).toString(), ""));
        create(fields(expired, "ke-hoach", "Kế hoạch năm 2021 về nông thôn mới " + word, "2021-01-05", "", "2021-12-31"));

        assertThat(list("q=" + enc("nong thon moi " + word))).contains(inForce, notYet, expired).contains("Tìm thấy 3 văn bản.");
        assertThat(list("q=" + enc("NÔNG THÔN MỚI " + word.toUpperCase()))).contains(inForce, notYet, expired);
        assertThat(list("q=" + enc("don doc " + word))).contains(inForce).doesNotContain(notYet, expired);
        assertThat(list("q=" + word + "&loai=cong-van")).contains(inForce).doesNotContain(notYet, expired)
                .contains("<option value=\"cong-van\" selected>Công văn</option>");
        assertThat(list("q=" + word + "&hieu-luc=con")).contains(inForce).doesNotContain(notYet, expired);
        assertThat(list("q=" + word + "&hieu-luc=chua")).contains(notYet, "Chưa có hiệu lực").doesNotContain(inForce, expired);
        assertThat(list("q=" + word + "&hieu-luc=het")).contains(expired).doesNotContain(inForce, notYet);
        assertThat(list("q=" + word + "&nam=2021")).contains(expired).doesNotContain(inForce, notYet);
        assertThat(list("q=" + word + "&tu-ngay=2021-01-01&den-ngay=2021-01-31")).contains(expired).doesNotContain(inForce);
        assertThat(list("q=" + word + "&loai=ke-hoach&hieu-luc=con")).contains("Tìm thấy 0 văn bản.");

        assertThat(editor.get(PATH + "?q=" + enc("NONG THON MOI " + word)).body()).as("the back-office search")
                .contains(inForce, notYet, expired, "3 văn bản.");
        assertThat(editor.get("/van-ban/rss.xml").body()).startsWith("<?xml").contains("<rss version=\"2.0\">", "số " + inForce);
        assertThat(editor.get("/").body()).contains("Văn bản ban hành");
        assertThat(editor.get("/sitemap.xml").statusCode()).isEqualTo(200);
    }

    @Test
    void badFiltersAreA400InVietnameseNeverAServerError() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("loai=khong-co-loai-nay", "Không có loại văn bản này.");
        bad.put("nam=abc", "Năm ban hành không hợp lệ");
        bad.put("tu-ngay=2024-05-01&den-ngay=2024-04-01", "phải bằng hoặc sau");
        bad.put("tu-ngay=31/02/2024", "Từ ngày không hợp lệ");
        bad.put("tu-ngay=2024-13-01", "Từ ngày không hợp lệ");
        bad.put("trang=0", "Số trang không hợp lệ.");
        bad.put("hieu-luc=mai-mai", "Tình trạng hiệu lực không hợp lệ.");
        bad.put("linh-vuc=khong-co", "Không có lĩnh vực này.");
        for (var e : bad.entrySet()) {
            HttpResponse<String> r = editor.get("/van-ban?" + e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(r.body()).as(e.getKey()).contains(e.getValue());
        }
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        long docs = count("SELECT count(*) FROM legal_document");
        long uploaded = count("SELECT count(*) FROM uploaded_file");
        var files = DocumentHttp.files(uploadDir);

        HttpResponse<String> dates = DocumentHttp.multipart(port, editor, PATH + "/moi",
                fields(number("QĐ-UBND"), "quyet-dinh", "Sai ngày", "2024-05-10", "2024-05-01", "2024-05-01"),
                List.of(new DocumentHttp.Part("dung.pdf", Samples.pdf())));
        assertThat(dates.statusCode()).isEqualTo(400);
        assertThat(dates.body()).contains("Ngày có hiệu lực phải bằng hoặc sau ngày ban hành.", "Ngày hết hiệu lực phải sau ngày ban hành.",
                ">Sai ngày</textarea>").contains("<h1>Đăng văn bản mới</h1>");
        HttpResponse<String> empty = editor.post(PATH + "/moi", Map.of("_csrf", token));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Cần nhập số ký hiệu", "Cần chọn loại văn bản.", "Cần nhập trích yếu", "Cần nhập cơ quan ban hành");

        String html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        String php = "<?php system($_GET['c']); ?>";
        for (String bad : List.of(html, svg, php)) {
            HttpResponse<String> r = DocumentHttp.multipart(port, editor, PATH + "/moi",
                    fields(number("QĐ-UBND"), "quyet-dinh", "Tệp giả", "2024-05-10", "", ""),
                    List.of(new DocumentHttp.Part("van-ban.pdf", bad.getBytes(StandardCharsets.UTF_8))));
            assertThat(r.statusCode()).as(bad).isBetween(400, 415);
            assertThat(r.body()).as(bad).contains("Không lưu được văn bản:", "Tệp đính kèm phải là PDF, Word", ">Tệp giả</textarea>")
                    .doesNotContain("<script>alert(1)");
        }
        // just over the 20 MB file limit and under the 21 MB request limit, so Tomcat reads it through
        byte[] huge = new byte[20 * 1024 * 1024 + 1024];
        byte[] head = Samples.pdf();
        System.arraycopy(head, 0, huge, 0, head.length);
        HttpResponse<String> tooBig = DocumentHttp.multipart(port, editor, PATH + "/moi",
                fields(number("QĐ-UBND"), "quyet-dinh", "Tệp lớn", "2024-05-10", "", ""), List.of(new DocumentHttp.Part("lon.pdf", huge)));
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("quá lớn");

        assertThat(count("SELECT count(*) FROM legal_document")).isEqualTo(docs);
        assertThat(count("SELECT count(*) FROM uploaded_file")).isEqualTo(uploaded);
        assertThat(DocumentHttp.files(uploadDir)).isEqualTo(files);
    }

    @Test
    void reportersAreRefusedAndTypesAndFieldsAreForAdministratorsOnly() throws Exception {
        AdminClient reporter = new AdminClient(port);
        assertThat(reporter.signIn(TestUsers.create(users, encoder, "PHONG_VIEN"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(reporter.get(PATH).statusCode()).isEqualTo(403);
        assertThat(reporter.get(PATH + "/moi").statusCode()).isEqualTo(403);
        long before = count("SELECT count(*) FROM legal_document");
        Map<String, String> form = new LinkedHashMap<>();
        fields(number("QĐ-UBND"), "quyet-dinh", "Của phóng viên", "2024-05-10", "", "").forEach((k, v) -> form.put(k, v.get(0)));
        form.put("_csrf", AdminClient.csrf(reporter.get("/quan-tri/tai-khoan").body()));
        assertThat(reporter.post(PATH + "/moi", form).statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM legal_document")).isEqualTo(before);
        assertThat(editor.get("/quan-tri/loai-van-ban").statusCode()).isEqualTo(403);
        assertThat(editor.get("/quan-tri/linh-vuc").statusCode()).isEqualTo(403);
        assertThat(editor.get(PATH).body()).contains("<h1>Văn bản ban hành</h1>", "Đăng văn bản mới");
    }

    @Test
    void administratorsManageTypesAndTheFieldTreeWithoutCycles() throws Exception {
        AdminClient admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        String t = AdminClient.csrf(admin.get("/quan-tri/linh-vuc").body());
        String name = "Lĩnh vực thử " + System.nanoTime();
        assertThat(admin.post("/quan-tri/linh-vuc/moi", Map.of("_csrf", t, "name", name, "position", "5")).statusCode()).isEqualTo(302);
        long parent = jdbc.sql("SELECT id FROM document_field WHERE name = ?").param(name).query(Long.class).single();
        assertThat(admin.post("/quan-tri/linh-vuc/moi", Map.of("_csrf", t, "name", name + " con", "parentId", String.valueOf(parent)))
                .statusCode()).isEqualTo(302);
        long child = jdbc.sql("SELECT id FROM document_field WHERE name = ?").param(name + " con").query(Long.class).single();
        assertThat(AuditRows.count(jdbc, "document_field", child, "document-field.created")).isEqualTo(1);
        HttpResponse<String> cycle = admin.post("/quan-tri/linh-vuc/" + parent, Map.of("_csrf", t, "name", name, "parentId", String.valueOf(child)));
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.body()).contains("Không thể đặt lĩnh vực vào trong chính nó");
        assertThat(admin.post("/quan-tri/linh-vuc/" + parent + "/xoa", Map.of("_csrf", t)).statusCode()).as("has a child").isEqualTo(409);
        assertThat(admin.get("/van-ban").body()).contains("— " + name + " con");
        assertThat(admin.post("/quan-tri/linh-vuc/" + child + "/xoa", Map.of("_csrf", t)).statusCode()).isEqualTo(302);
        assertThat(admin.post("/quan-tri/linh-vuc/" + parent + "/xoa", Map.of("_csrf", t)).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "document_field", parent, "document-field.deleted")).isEqualTo(1);

        String typeName = "Nghị quyết thử " + System.nanoTime();
        assertThat(admin.post("/quan-tri/loai-van-ban/moi", Map.of("_csrf", t, "name", typeName, "position", "200")).statusCode()).isEqualTo(302);
        long type = jdbc.sql("SELECT id FROM document_type WHERE name = ?").param(typeName).query(Long.class).single();
        assertThat(AuditRows.count(jdbc, "document_type", type, "document-type.created")).isEqualTo(1);
        assertThat(admin.get("/quan-tri/van-ban/moi").body()).contains(">" + typeName + "</option>");
        assertThat(admin.post("/quan-tri/loai-van-ban/" + type, Map.of("_csrf", t, "name", typeName + " (sửa)", "position", "x")).statusCode())
                .isEqualTo(400);
        long used = jdbc.sql("SELECT id FROM document_type WHERE code = 'cong-van'").query(Long.class).single();
        assertThat(admin.post("/quan-tri/loai-van-ban/" + used + "/xoa", Map.of("_csrf", t)).statusCode()).isEqualTo(409);
        assertThat(admin.post("/quan-tri/loai-van-ban/" + type + "/xoa", Map.of("_csrf", t)).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "document_type", type, "document-type.deleted")).isEqualTo(1);
    }

    private long create(Map<String, List<String>> fields) throws Exception {
        HttpResponse<String> r = DocumentHttp.multipart(port, editor, PATH + "/moi", fields, List.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return AdminClient.idFrom(r);
    }

    private HttpResponse<String> link(long from, String number, String kind) throws Exception {
        return editor.post(PATH + "/" + from + "/lien-ket", Map.of("_csrf", token, "number", number, "kind", kind));
    }

    private String publicPage(long id) throws Exception {
        return editor.get(path(id)).body();
    }

    private String path(long id) {
        return "/van-ban/" + jdbc.sql("SELECT slug FROM legal_document WHERE id = ?").param(id).query(String.class).single() + "-" + id;
    }

    /** The result count and table of the public list (the sidebar's newest documents left out). */
    private String list(String query) throws Exception {
        HttpResponse<String> r = editor.get("/van-ban?" + query);
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        String body = r.body();
        int from = body.indexOf("<form method=\"get\" action=\"/van-ban\"");
        int to = body.indexOf("Theo dõi văn bản mới qua RSS");
        assertThat(from).as("the filter form").isPositive();
        assertThat(to).isGreaterThan(from);
        return body.substring(from, to);
    }

    private long downloads(long id) {
        return count("SELECT download_count FROM legal_document WHERE id = " + id);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Map<String, List<String>> fields(String number, String typeCode, String abstractText, String issued, String effective,
                                             String expires) {
        long typeId = jdbc.sql("SELECT id FROM document_type WHERE code = ?").param(typeCode).query(Long.class).single();
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("_csrf", List.of(token));
        f.put("numberSymbol", List.of(number));
        f.put("typeId", List.of(String.valueOf(typeId)));
        f.put("abstractText", List.of(abstractText));
        f.put("issuingBody", List.of("UBND tỉnh"));
        f.put("issuedOn", List.of(issued));
        f.put("effectiveOn", List.of(effective));
        f.put("expiresOn", List.of(expires));
        f.put("published", List.of("on"));
        return f;
    }

    private static String number(String suffix) {
        return DocumentHttp.PREFIX + (System.nanoTime() % 10_000_000) + "/" + suffix;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
