package vn.ntm.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.search.internal.IndexFeeder;
import vn.ntm.portal.search.internal.SearchIndex;
import vn.ntm.portal.search.internal.SearchRequest;
import vn.ntm.portal.search.internal.SearchService;

/**
 * The site search end to end over HTTP against the embedded PostgreSQL: Vietnamese folding and ranking, phrases,
 * filters, escaping, freshness through the change log (on this node and on a second and third index fed from the
 * same log), bad input, suggestions, the administrators' rebuild.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteSearchTest {

    /** The freshness promise. */
    private static final long FRESH_MILLIS = 2_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexFeeder feeder;
    @Autowired
    List<SearchSource> sources;
    @Autowired
    SearchProperties properties;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        await(() -> feeder.state() == IndexFeeder.State.READY, 60_000, "the index is built at start");
    }

    /** A word no demo text contains, so a test finds only its own items. */
    private static String marker() {
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private long category() {
        return jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(Long.class).single();
    }

    private long article(String title, String bodyHtml, String status) {
        return jdbc.sql("""
                        INSERT INTO article (slug, title, lead, body_html, main_category_id, status, published_at)
                        VALUES ('bai-thu', ?, '', ?, ?, ?, now() - interval '1 hour') RETURNING id""")
                .params(title, bodyHtml, category(), status).query(Long.class).single();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> search(String q, String extra) throws Exception {
        return get("/tim-kiem?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
    }

    private static String url(long id) {
        return "href=\"/tin-tuc/bai-thu-" + id + "\"";
    }

    /** Searches until the page meets the condition, for at most {@code millis}; returns the page. */
    private String searchUntil(String q, Predicate<String> condition, long millis, String what) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000;
        String body;
        do {
            body = search(q, "").body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + " (not within " + millis + " ms)");
    }

    private static void await(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " (not within " + millis + " ms)");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void foldingFindsVietnameseTypedWithoutDiacriticsOrDecomposed() throws Exception {
        String m = marker();
        long ntm = article("Xây dựng nông thôn mới ở " + m, "<p>Bài viết thử.</p>", "PUBLISHED");
        long dang = article("Đảng bộ xã " + m, "<p>Nghị quyết của <b>đảng</b> ủy.</p>", "PUBLISHED");
        searchUntil(m, b -> b.contains(url(ntm)) && b.contains(url(dang)), 10_000, "both articles indexed");

        String folded = search("nong thon moi " + m, "").body();
        assertThat(folded).contains(url(ntm)).doesNotContain(url(dang));
        assertThat(folded).as("hits marked on the words as written").contains("<mark>nông</mark>");

        String d = search("dang " + m, "").body();
        assertThat(d).contains(url(dang)).doesNotContain(url(ntm));
        assertThat(search("Dang uy " + m, "").body()).as("đ/Đ match d, in the body too").contains(url(dang));

        String nfd = Normalizer.normalize("nông thôn mới " + m, Normalizer.Form.NFD);
        assertThat(search(nfd, "").body()).as("decomposed input").contains(url(ntm));
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() throws Exception {
        String m = marker();
        long moiA = article("Thông báo " + m + " mời họp", "<p>Nội dung như nhau.</p>", "PUBLISHED");
        long moiB = article("Thông báo " + m + " môi trường", "<p>Nội dung như nhau.</p>", "PUBLISHED");
        long moiC = article("Thông báo " + m + " mới nhất", "<p>Nội dung như nhau.</p>", "PUBLISHED");
        searchUntil(m, b -> b.contains(url(moiA)) && b.contains(url(moiB)) && b.contains(url(moiC)), 10_000, "indexed");

        String page = search("mới " + m, "").body();
        assertThat(page).contains(url(moiA)).contains(url(moiB)).contains(url(moiC));
        assertThat(page.indexOf(url(moiC))).as("\"mới\" first").isLessThan(page.indexOf(url(moiA))).isLessThan(page.indexOf(url(moiB)));
        String other = search("mời " + m, "").body();
        assertThat(other.indexOf(url(moiA))).as("\"mời\" first").isLessThan(other.indexOf(url(moiC)));
    }

    @Test
    void phrasesKeepTheirOrder() throws Exception {
        String m = marker();
        long inOrder = article("Chương trình " + m, "<p>Xây dựng thôn mới kiểu mẫu.</p>", "PUBLISHED");
        long reversed = article("Kế hoạch " + m, "<p>Mới có thôn đạt chuẩn.</p>", "PUBLISHED");
        searchUntil(m, b -> b.contains(url(inOrder)) && b.contains(url(reversed)), 10_000, "indexed");

        assertThat(search("thon moi " + m, "").body()).contains(url(inOrder)).contains(url(reversed));
        String phrase = search("\"thon moi\" " + m, "").body();
        assertThat(phrase).contains(url(inOrder)).doesNotContain(url(reversed));
    }

    @Test
    void filtersByKindCategoryAndDate() throws Exception {
        String m = marker();
        long a = article("Tin " + m, "<p>Thử bộ lọc.</p>", "PUBLISHED");
        jdbc.sql("UPDATE article SET published_at = '2024-03-15 09:00+07' WHERE id = ?").param(a).update();
        searchUntil(m, b -> b.contains(url(a)) && b.contains("15/03/2024"), 10_000, "indexed with its date");

        assertThat(search(m, "&loai=bai-viet").body()).contains(url(a));
        assertThat(search(m, "&loai=van-ban").body()).doesNotContain(url(a));
        assertThat(search(m, "&chuyen-muc=" + category()).body()).contains(url(a));
        long other = jdbc.sql("SELECT id FROM category WHERE id <> ? ORDER BY id LIMIT 1").param(category()).query(Long.class).single();
        assertThat(search(m, "&chuyen-muc=" + other).body()).doesNotContain(url(a));
        assertThat(search(m, "&tu=15/03/2024&den=15/03/2024").body()).contains(url(a));
        assertThat(search(m, "&tu=16/03/2024").body()).doesNotContain(url(a));
        assertThat(search(m, "&den=14/03/2024").body()).doesNotContain(url(a));
        assertThat(search(m, "&tu=2024-03-01&sap-xep=moi-nhat").body()).contains(url(a));
    }

    @Test
    void documentsDraftsAndAnswersAreFoundToo() throws Exception {
        // demo content: the registry, the drafts and the published answers are indexed at start
        assertThat(feeder.status().counts()).containsKeys("bai-viet", "van-ban", "du-thao", "hoi-dap");
        assertThat(feeder.status().counts().get("van-ban")).isPositive();
        assertThat(feeder.status().counts().get("hoi-dap")).isPositive();
        String number = jdbc.sql("SELECT number_symbol FROM legal_document WHERE published ORDER BY id LIMIT 1").query(String.class).single();
        String page = search("\"" + number + "\"", "&loai=van-ban").body();
        assertThat(page).contains("kind-van-ban").contains(number);
        String answer = jdbc.sql("SELECT title FROM qa_question WHERE published ORDER BY id LIMIT 1").query(String.class).single();
        assertThat(search(answer, "&loai=hoi-dap").body()).contains("kind-hoi-dap");
        // the asker's address of a published answer, re-indexed after it was set, is never searchable
        long question = jdbc.sql("SELECT id FROM qa_question WHERE published ORDER BY id LIMIT 1").query(Long.class).single();
        String before = jdbc.sql("SELECT email FROM qa_question WHERE id = ?").param(question).query(String.class).optional().orElse(null);
        String email = marker() + "@example.vn";
        try {
            jdbc.sql("UPDATE qa_question SET email = ?, title = title WHERE id = ?").params(email, question).update();
            Thread.sleep(properties.pollInterval().toMillis() * 3);
            assertThat(search(email, "").body()).as("no personal data in the index").contains("data-count").doesNotContain("kind-hoi-dap");
        } finally {
            jdbc.sql("UPDATE qa_question SET email = ? WHERE id = ?").params(before, question).update();
        }
    }

    @Test
    void staticPagesAreFoundAndAChildLeavesWithItsUnpublishedParent() throws Exception {
        String m = marker();
        long parent = jdbc.sql("INSERT INTO static_page (slug, title, summary, body_html, published) VALUES (?, ?, '', ?, true) RETURNING id")
                .params("trang-cha-" + m, "Giới thiệu " + m, "<p>Chức năng của văn phòng " + m + ".</p>").query(Long.class).single();
        long child = jdbc.sql("INSERT INTO static_page (slug, title, summary, body_html, parent_id, published) VALUES (?, ?, ?, '', ?, true) RETURNING id")
                .params("trang-con-" + m, "Lãnh đạo " + m, "Tóm tắt " + m, parent).query(Long.class).single();
        try {
            String page = searchUntil(m, b -> b.contains("href=\"/trang/trang-cha-" + m + "\"") && b.contains("href=\"/trang/trang-con-" + m + "\""),
                    FRESH_MILLIS, "both pages searchable");
            assertThat(page).contains("kind-trang");
            jdbc.sql("UPDATE static_page SET published = false WHERE id = ?").param(parent).update();
            searchUntil(m, b -> !b.contains("/trang/trang-con-" + m) && !b.contains("/trang/trang-cha-" + m) && b.contains("data-count"),
                    FRESH_MILLIS, "the child leaves with its unpublished parent");
        } finally {
            jdbc.sql("DELETE FROM static_page WHERE id IN (?, ?)").params(child, parent).update();
        }
    }

    @Test
    void contentIsEscapedInTitlesAndSnippets() throws Exception {
        String m = marker();
        long a = article("<script>alert('x')</script> " + m, "<p>Giá &lt;b&gt; " + m + " &lt;img src=x onerror=alert(1)&gt;</p>", "PUBLISHED");
        String page = searchUntil(m, b -> b.contains(url(a)), 10_000, "indexed");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(page).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).contains("<mark>" + m + "</mark>");
    }

    @Test
    void publishingUnpublishingAndDeletingShowWithinTwoSeconds() throws Exception {
        String m = marker();
        long a = article("Bản nháp " + m, "<p>Chưa đăng.</p>", "DRAFT");
        jdbc.sql("UPDATE article SET title = title WHERE id = ?").param(a).update();
        Thread.sleep(properties.pollInterval().toMillis() * 3);
        assertThat(search(m, "").body()).as("a draft is not found").doesNotContain(url(a));

        jdbc.sql("UPDATE article SET status = 'PUBLISHED', published_at = now() WHERE id = ?").param(a).update();
        searchUntil(m, b -> b.contains(url(a)), FRESH_MILLIS, "published article searchable");

        jdbc.sql("UPDATE article SET title = ? WHERE id = ?").params("Bài đã sửa " + m + " hợptác", a).update();
        searchUntil("hoptac " + m, b -> b.contains(url(a)), FRESH_MILLIS, "edited title searchable");

        jdbc.sql("UPDATE article SET status = 'WITHDRAWN' WHERE id = ?").param(a).update();
        searchUntil(m, b -> !b.contains(url(a)) && b.contains("data-count"), FRESH_MILLIS, "withdrawn article gone");

        jdbc.sql("UPDATE article SET status = 'PUBLISHED' WHERE id = ?").param(a).update();
        searchUntil(m, b -> b.contains(url(a)), FRESH_MILLIS, "republished");
        jdbc.sql("DELETE FROM article WHERE id = ?").param(a).update();
        searchUntil(m, b -> !b.contains(url(a)) && b.contains("data-count"), FRESH_MILLIS, "deleted article gone");
    }

    @Test
    void twoMoreNodesFedFromTheSameChangeLogBothSeeEachChange(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        try (SearchIndex indexA = new SearchIndex(tmp.resolve("node-a"));
             SearchIndex indexB = new SearchIndex(tmp.resolve("node-b"));
             IndexFeeder a = new IndexFeeder(indexA, jdbc, sources, properties, Clock.systemUTC(), "test-node-a");
             IndexFeeder b = new IndexFeeder(indexB, jdbc, sources, properties, Clock.systemUTC(), "test-node-b")) {
            a.start();
            b.start();
            await(() -> a.state() == IndexFeeder.State.READY && b.state() == IndexFeeder.State.READY, 60_000, "both built");
            assertThat(Files.list(tmp.resolve("node-a")).count()).isPositive();
            SearchService onA = new SearchService(indexA, a.sources());
            SearchService onB = new SearchService(indexB, b.sources());
            String m = marker();
            long id = article("Tin hai máy chủ " + m, "<p>Thử.</p>", "PUBLISHED");
            await(() -> finds(onA, m, id) && finds(onB, m, id), 5_000, "both nodes index the new article");
            jdbc.sql("UPDATE article SET status = 'EXPIRED' WHERE id = ?").param(id).update();
            await(() -> !finds(onA, m, id) && !finds(onB, m, id), 5_000, "both nodes drop it");
            assertThat(a.status().checkpoint()).isEqualTo(b.status().checkpoint());
        }
    }

    private static boolean finds(SearchService service, String q, long id) {
        return service.search(new SearchRequest(SearchRequest.parse(q), null, null, null, null, 1, false)).hits().stream()
                .anyMatch(h -> h.url().equals("/tin-tuc/bai-thu-" + id));
    }

    @Test
    void badInputGetsAPageOrAVietnameseMessageNeverA5xx() throws Exception {
        List<String> queries = new ArrayList<>(List.of("", "   ", "x".repeat(1_000), "nông thôn ".repeat(40),
                "*?~^\"()[]{}:\\/!+-&&||", "' OR 1=1 --", "\"nông thôn", "nông \"thôn\" \"", "\"\"", "%", "_",
                "\u0000\u0001", "🙂 nông", "\uD800", "title:abc AND body:*"));
        for (String q : queries) {
            HttpResponse<String> r = search(q, "");
            assertThat(r.statusCode()).as("q=" + q.substring(0, Math.min(q.length(), 40))).isEqualTo(200);
            assertThat(r.body()).contains("<h1>Tìm kiếm</h1>");
        }
        assertThat(search("", "").body()).contains("data-prompt").doesNotContain("data-count");
        assertThat(search("x".repeat(1_000), "").body()).contains("Từ khóa quá dài");
        // past the site-wide limit on query strings (web.internal.RequestLimitsFilter, 4,096 characters) every
        // page answers a Vietnamese 414; the search boxes' maxlength keeps typed text below it
        HttpResponse<String> tooLong = search("x".repeat(10_000), "");
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.body()).contains("quá dài");
        // 10,000 Vietnamese letters percent-encoded pass even Tomcat's header limit: its 400 has the Vietnamese page
        HttpResponse<String> huge = search("nông thôn ".repeat(1_000), "");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("Yêu cầu không hợp lệ");
        assertThat(search("*?~^()[]{}:\\/!+-&&||", "").body()).contains("không có chữ hoặc số");

        Map<String, String> refused = Map.of(
                "&tu=31/02/2025", "không phải là ngày hợp lệ",
                "&den=hôm-qua", "không phải là ngày hợp lệ",
                "&tu=01/01/99999", "không phải là ngày hợp lệ",
                "&tu=02/02/2025&den=01/02/2025", "phải trước hoặc trùng",
                "&trang=abc", "Số trang không hợp lệ",
                "&trang=0", "Số trang không hợp lệ",
                "&trang=101", "Chỉ xem được 100 trang",
                "&loai=khong-co", "Loại nội dung",
                "&chuyen-muc=1%20OR%201=1", "Chuyên mục không hợp lệ");
        for (var e : refused.entrySet()) {
            HttpResponse<String> r = search("nông thôn", e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(r.body()).as(e.getKey()).contains(e.getValue());
        }
        assertThat(get("/tim-kiem/ilike?q=abc").statusCode()).as("the benchmark endpoint is off by default").isEqualTo(404);
    }

    @Test
    void suggestionsAreTitlesForTheWordsTyped() throws Exception {
        String m = marker();
        long a = article("Hợp tác xã " + m + " kiểu mẫu", "<p>Gợi ý.</p>", "PUBLISHED");
        searchUntil(m, b -> b.contains(url(a)), 10_000, "indexed");
        HttpResponse<String> r = get("/tim-kiem/goi-y?q=" + URLEncoder.encode("hop tac " + m.substring(0, 5), StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"title\":\"Hợp tác xã " + m + " kiểu mẫu\"").contains("\"url\":\"/tin-tuc/bai-thu-" + a + "\"");
        assertThat(get("/tim-kiem/goi-y?q=" + m + "zzz").body()).isEqualTo("{\"items\":[]}");
        for (String q : List.of("", "a", "*", "\"", "x".repeat(1_000), "' OR 1=1 --")) {
            HttpResponse<String> bad = get("/tim-kiem/goi-y?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(bad.statusCode()).isEqualTo(200);
            assertThat(bad.body()).startsWith("{\"items\":[");
        }
    }

    @Test
    void administratorsSeeTheStatusAndRebuildInTheBackground() throws Exception {
        AdminClient admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, Roles.ADMIN), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        String page = admin.get("/quan-tri/tim-kiem").body();
        assertThat(page).contains("Chỉ mục tìm kiếm").contains("Bài viết").contains("Văn bản").contains("Xây dựng lại chỉ mục");

        HttpResponse<String> unconfirmed = admin.submit("/quan-tri/tim-kiem", "/quan-tri/tim-kiem/xay-dung-lai", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Hãy đánh dấu ô xác nhận");

        var before = feeder.status().lastRebuildAt();
        long audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'search.rebuild-requested'").query(Long.class).single();
        HttpResponse<String> r = admin.submit("/quan-tri/tim-kiem", "/quan-tri/tim-kiem/xay-dung-lai", Map.of("xac-nhan", "co"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(AdminClient.location(r)).endsWith("/quan-tri/tim-kiem?tb=da-yeu-cau");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'search.rebuild-requested'").query(Long.class).single())
                .isEqualTo(audited + 1);
        await(() -> feeder.state() == IndexFeeder.State.READY && feeder.status().lastRebuildAt() != null
                && !feeder.status().lastRebuildAt().equals(before) && !feeder.status().rebuildPending(), 60_000, "rebuilt");
        assertThat(admin.get("/quan-tri/tim-kiem").body()).contains("data-state=\"READY\"");
        assertThat(search("nông thôn", "").body()).contains("data-count").contains("search-hit");
    }
}
