package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.Visitor;

/** Visits by browser, system, device and referring site, and daily views of articles and documents. */
class DimensionCountingTest extends StatsDatabaseTest {

    static final String ANDROID_COC_COC = "Mozilla/5.0 (Linux; Android 10; CPH2185) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "coc_coc_browser/118.0.208 Mobile Chrome/112.0.5615.208 Mobile Safari/537.36";

    @Test
    void aVisitIsCountedOnceUnderEachDimensionAndBotsApart() throws Exception {
        long chromeBefore = dim(true, "browser", "Chrome");
        long linuxBefore = dim(true, "os", "Linux");
        long desktopBefore = dim(true, "device", "Máy tính");
        long googleBefore = dim(true, "referrer", "google.com.vn");
        long cocCocBefore = dim(true, "browser", "Cốc Cốc");
        long phoneBefore = dim(true, "device", "Điện thoại");
        long directBefore = dim(true, "referrer", "Trực tiếp / không rõ");
        long facebookBefore = dim(true, "referrer", "facebook.com");
        long botsBefore = dim(false, "browser", "Khác");
        long botsDirectBefore = dim(false, "referrer", "Trực tiếp / không rõ");

        // a visit from Google, then two more pages of the same visit (one with an own-site referrer)
        String cookie = get("/", CHROME, null, "https://www.google.com.vn/search?q=nong+thon+moi")
                .getCookie(VisitorCookie.NAME).getValue();
        get("/tin-tuc", CHROME, cookie, "http://localhost/");
        get("/van-ban", CHROME, cookie, "https://m.facebook.com/");
        // a phone with Cốc Cốc arriving directly, and one from Facebook
        get("/", ANDROID_COC_COC, null, null);
        get("/", ANDROID_COC_COC, null, "https://l.facebook.com/l.php?u=x");
        // bots are counted apart
        get("/", GOOGLEBOT, null, null);
        flusher.flush();

        assertThat(dim(true, "browser", "Chrome") - chromeBefore).isEqualTo(1);
        assertThat(dim(true, "os", "Linux") - linuxBefore).isEqualTo(1);
        assertThat(dim(true, "device", "Máy tính") - desktopBefore).isEqualTo(1);
        assertThat(dim(true, "referrer", "google.com.vn") - googleBefore).as("counted when the visit starts only").isEqualTo(1);
        assertThat(dim(true, "browser", "Cốc Cốc") - cocCocBefore).isEqualTo(2);
        assertThat(dim(true, "device", "Điện thoại") - phoneBefore).isEqualTo(2);
        assertThat(dim(true, "referrer", "Trực tiếp / không rõ") - directBefore).isEqualTo(1);
        assertThat(dim(true, "referrer", "facebook.com") - facebookBefore).isEqualTo(1);
        assertThat(dim(false, "browser", "Khác") - botsBefore).isEqualTo(1);
        assertThat(dim(false, "referrer", "Trực tiếp / không rõ") - botsDirectBefore).isEqualTo(1);
    }

    @Test
    void theReferrersOfOneBatchAreBounded() throws Exception {
        long otherBefore = dim(true, "referrer", "Khác");
        String prefix = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        int extra = 7;
        for (int i = 0; i < PendingBatch.REFERRER_CAP + extra; i++) {
            get("/", CHROME, null, "https://" + prefix + "-" + i + ".example/");
        }
        flusher.flush();

        long distinct = jdbc.sql("SELECT count(*) FROM stats_daily_dimension WHERE dimension = 'referrer' AND value LIKE ?")
                .param(prefix + "%").query(Long.class).single();
        assertThat(distinct).isLessThanOrEqualTo(PendingBatch.REFERRER_CAP);
        assertThat(dim(true, "referrer", "Khác") - otherBefore).isEqualTo(PendingBatch.REFERRER_CAP + extra - distinct)
                .isGreaterThanOrEqualTo(extra);
    }

    @Test
    void articleAndDocumentViewsAreKeptByDay() {
        long article = newArticle();
        long document = 900_000_000L + (System.nanoTime() % 1_000_000);
        Visitor reader = new Visitor(UUID.randomUUID(), false, false, "10.3.3.1");
        Visitor other = new Visitor(UUID.randomUUID(), false, false, "10.3.3.2");
        Visitor bot = new Visitor(UUID.randomUUID(), true, false, "66.249.66.1");

        stats.articleViewed(article, reader);
        stats.articleViewed(article, reader);
        stats.articleViewed(article, other);
        stats.articleViewed(article, bot);
        stats.documentViewed(document, reader);
        stats.documentViewed(document, reader);
        stats.documentViewed(document, bot);
        flusher.flush();

        assertThat(item("article", article)).isEqualTo(2);
        assertThat(item("document", document)).isEqualTo(1);
        assertThat(viewCount(article)).as("the article's own counter agrees").isEqualTo(2);
    }

    MockHttpServletResponse get(String path, String userAgent, String cookie, String referer) throws Exception {
        MockHttpServletRequest request = request(path, userAgent, cookie);
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    long dim(boolean human, String dimension, String value) {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM stats_daily_dimension WHERE day = ? AND human = ? AND dimension = ? AND value = ?")
                .params(LocalDate.now(VietnameseFormat.ZONE), human, dimension, value).query(Long.class).single();
    }

    long item(String kind, long id) {
        return jdbc.sql("SELECT coalesce(sum(views), 0) FROM stats_daily_item WHERE day = ? AND kind = ? AND item_id = ?")
                .params(LocalDate.now(VietnameseFormat.ZONE), kind, id).query(Long.class).single();
    }
}
