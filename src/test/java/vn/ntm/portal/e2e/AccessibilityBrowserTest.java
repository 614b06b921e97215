package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.e2e.pages.ArticleLink;
import vn.ntm.portal.e2e.pages.CategoryPage;
import vn.ntm.portal.e2e.pages.HomePage;

/** axe-core on the main page types, and the layout on a 360-pixel-wide phone screen. */
@Tag("browser")
class AccessibilityBrowserTest extends BrowserTestSupport {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Dimension PHONE = new Dimension(360, 800);

    @Test
    void homePageHasNoSeriousAxeViolations() {
        openHome();
        assertNoSeriousViolations("home page");
    }

    @Test
    void statisticsPageHasNoSeriousAxeViolations() {
        for (String path : java.util.List.of("/thong-ke", "/thong-ke?khoang=toan-bo", "/thong-ke?tu=31/02/2026")) {
            driver.get(url(path));
            assertNoSeriousViolations("statistics page " + path);
        }
    }

    @Test
    void categoryPageHasNoSeriousAxeViolations() {
        openMenuCategory(1, true);
        assertNoSeriousViolations("category page");
    }

    @Test
    void questionAndAnswerPagesHaveNoSeriousAxeViolations() {
        for (String path : java.util.List.of("/hoi-dap", "/hoi-dap/dat-cau-hoi", "/hoi-dap/tra-cuu")) {
            driver.get(url(path));
            assertNoSeriousViolations("Q&A page " + path);
        }
        // the first published question of the demo data
        driver.get(url("/hoi-dap"));
        driver.findElement(org.openqa.selenium.By.cssSelector(".qa-list a")).click();
        assertNoSeriousViolations("published question page");
    }

    @Test
    void pollPagesHaveNoSeriousAxeViolations() {
        // the archive, an open poll with its form and results (demo OCOP poll), and a closed one with results
        driver.get(url("/tham-do"));
        assertNoSeriousViolations("poll archive");
        driver.findElement(org.openqa.selenium.By.cssSelector(".poll-list a")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(org.openqa.selenium.By.id("ket-qua")).isEmpty());
        assertNoSeriousViolations("open poll page");
        driver.get(url("/tham-do"));
        java.util.List<org.openqa.selenium.WebElement> links = driver.findElements(org.openqa.selenium.By.cssSelector(".poll-list a"));
        links.get(links.size() - 1).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(org.openqa.selenium.By.id("ket-qua")).isEmpty());
        assertNoSeriousViolations("closed poll page");
    }

    @Test
    void searchPagesHaveNoSeriousAxeViolations() {
        for (String path : java.util.List.of("/tim-kiem", "/tim-kiem?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi",
                "/tim-kiem?q=%22nong+thon%22&loai=bai-viet&sap-xep=moi-nhat&trang=2", "/tim-kiem?q=nong&tu=31%2F02%2F2025")) {
            driver.get(url(path));
            assertNoSeriousViolations("search page " + path);
        }
    }

    @Test
    void trainingPagesHaveNoSeriousAxeViolations() {
        String open = "/tap-huan/tap-huan-nang-cao-chat-luong-san-pham-ocop";
        for (String path : java.util.List.of("/tap-huan", "/tap-huan/chuoi-tap-huan-ocop-2021", "/tap-huan/chuoi-tap-huan-ocop-2021/chuyen-de/1",
                open, open + "/dang-ky", open + "/dang-ky/tra-cuu")) {
            driver.get(url(path));
            assertNoSeriousViolations("training page " + path);
        }
        driver.get(url("/tap-huan/chuoi-tap-huan-ocop-2021"));
        driver.findElement(org.openqa.selenium.By.cssSelector(".training-speaker-list a")).click();
        assertNoSeriousViolations("speaker page");
        driver.get(url(SurveyPages.make(jdbc).publicPath()));
        assertNoSeriousViolations("survey form");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void topicQuestionsHaveNoSeriousAxeViolationsAndFitAPhone() {
        // an answered, published question with a formatted answer on topic 1 of the open demo programme
        String open = "/tap-huan/tap-huan-nang-cao-chat-luong-san-pham-ocop";
        jdbc.sql("""
                INSERT INTO training_ask (programme_id, topic_id, source, asker_name, body, status, answer_html, answered_at, published, upvotes)
                SELECT t.programme_id, t.id, 'SITE', 'Học viên thử', 'Câu hỏi kiểm tra khả năng tiếp cận', 'APPROVED',
                       '<p>Câu trả lời có <strong>chữ đậm</strong> và <a href="/tap-huan">liên kết</a>.</p>', now(), true, 3
                  FROM training_topic t JOIN training_programme p ON p.id = t.programme_id
                 WHERE p.slug = 'tap-huan-nang-cao-chat-luong-san-pham-ocop' AND t.number = 1
                   AND NOT EXISTS (SELECT 1 FROM training_ask a WHERE a.topic_id = t.id AND a.body = 'Câu hỏi kiểm tra khả năng tiếp cận')""")
                .update();
        driver.get(url(open + "/chuyen-de/1"));
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("[data-ask]"))).as("published questions listed").isNotEmpty();
        assertNoSeriousViolations("topic page with questions");
        // a refused question (too short) shows the form again with its message
        driver.findElement(org.openqa.selenium.By.id("ask-body")).sendKeys("ab");
        driver.findElement(org.openqa.selenium.By.cssSelector("form[data-ask-form] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-ask-error]")).isEmpty());
        assertNoSeriousViolations("topic page with a refused question");
        driver.get(url(open));
        assertNoSeriousViolations("programme page with question counts");
        driver.manage().window().setSize(PHONE);
        driver.get(url(open + "/chuyen-de/1"));
        assertNoHorizontalScroll("topic page with questions");
    }

    @Test
    void certificateVerificationPagesHaveNoSeriousAxeViolations() {
        for (boolean revoked : new boolean[] {false, true}) {
            String token = "a11y" + java.util.UUID.randomUUID().toString().replace("-", "");
            // a certificate of a demo registrant, written straight into the table (valid, then a revoked one)
            jdbc.sql("""
                    INSERT INTO training_certificate (programme_id, registration_id, serial, register_number, verify_token, full_name, issued_on,
                        revoked_at, revoked_reason)
                    SELECT r.programme_id, r.id, (SELECT coalesce(max(serial), 0) + 1 FROM training_certificate c WHERE c.programme_id = r.programme_id),
                           ?, ?, r.full_name, DATE '2021-10-18', CASE WHEN ? THEN now() END, CASE WHEN ? THEN 'Thử nghiệm' END
                      FROM training_registration r JOIN training_programme p ON p.id = r.programme_id
                     WHERE p.slug = 'chuoi-tap-huan-ocop-2021'
                       AND NOT EXISTS (SELECT 1 FROM training_certificate c WHERE c.registration_id = r.id AND c.revoked_at IS NULL)
                     ORDER BY r.id LIMIT 1""").params("A11Y-" + token, token, revoked, revoked).update();
            driver.get(url("/chung-nhan/" + token));
            assertThat(driver.getPageSource()).contains(revoked ? "đã bị thu hồi" : "Giấy chứng nhận hợp lệ");
            assertNoSeriousViolations("certificate verification page" + (revoked ? " (revoked)" : ""));
        }
        driver.get(url("/chung-nhan/khong-co-ma-nay-dau-ca"));
        assertNoSeriousViolations("unknown certificate");
    }

    @Test
    void articlePageHasNoSeriousAxeViolations() {
        CategoryPage category = openMenuCategory(1, false);
        category.clickArticle(category.articles().get(0).title());
        assertNoSeriousViolations("article page");
    }

    @Test
    void draftPagesHaveNoSeriousAxeViolations() {
        for (String path : java.util.List.of("/du-thao", "/du-thao?trang-thai=dang", "/du-thao?trang-thai=het")) {
            driver.get(url(path));
            assertNoSeriousViolations("draft list " + path);
        }
        // a draft open for comment (with its form), then one whose window has ended (demo data)
        for (String phase : java.util.List.of("dang", "het")) {
            driver.get(url("/du-thao?trang-thai=" + phase));
            driver.findElement(org.openqa.selenium.By.cssSelector("table.drafts tbody tr a")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                    .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("dl.document-fields")).isEmpty());
            assertNoSeriousViolations("draft page (" + phase + ")");
        }
    }

    @Test
    void documentListAndDocumentPageHaveNoSeriousAxeViolations() {
        driver.get(url("/van-ban"));
        assertNoSeriousViolations("document list");
        driver.get(url("/van-ban?hieu-luc=con&loai=quyet-dinh"));
        assertNoSeriousViolations("filtered document list");
        driver.get(url("/van-ban"));
        driver.findElement(org.openqa.selenium.By.cssSelector("table.documents tbody tr a")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("dl.document-fields")).isEmpty());
        assertNoSeriousViolations("document page");
    }

    @Test
    void staticPagesHaveNoSeriousAxeViolationsAndFitAPhone() {
        // a parent with its children, a child with its siblings, a page with a table (demo data)
        for (String path : java.util.List.of("/trang/gioi-thieu", "/trang/lanh-dao-van-phong", "/trang/danh-muc-thong-tin-phai-cong-khai",
                "/trang/lien-he")) {
            driver.get(url(path));
            assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("main h1")).getText()).as(path).isNotBlank();
            assertNoSeriousViolations("static page " + path);
        }
        driver.manage().window().setSize(PHONE);
        for (String path : java.util.List.of("/trang/gioi-thieu", "/trang/danh-muc-thong-tin-phai-cong-khai")) {
            driver.get(url(path));
            assertNoHorizontalScroll("static page " + path);
        }
    }

    @Test
    void phoneWidthHasNoHorizontalScrollAndMenuOpensWithToggle() {
        driver.manage().window().setSize(PHONE);

        HomePage home = openHome();
        assertNoHorizontalScroll("home page");
        assertThat(home.menuToggle().isDisplayed()).as("menu toggle button at 360 px").isTrue();
        assertThat(home.menuToggle().getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(home.visibleMenuLinks()).as("menu links before the toggle is pressed").isEmpty();
        home.openMenuWithToggle();
        assertThat(home.menuToggle().getDomAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> categoryLinks = home.visibleMenuLinks().stream()
                .filter(a -> a.getDomProperty("href").contains("/chuyen-muc/")).toList();
        assertThat(categoryLinks).as("category links in the opened menu").isNotEmpty();
        assertNoHorizontalScroll("home page with the menu open");

        // the opened menu is usable: its first category link leads to the category
        String label = categoryLinks.get(0).getText().strip();
        CategoryPage category = home.clickMenuCategory(label);
        assertThat(category.heading()).isEqualTo(label);

        CategoryPage listing = openMenuCategory(1, true);
        assertNoHorizontalScroll("category page " + listing.url());

        ArticleLink first = listing.articles().get(0);
        listing.clickArticle(first.title());
        assertNoHorizontalScroll("article page " + first.href());
    }

    private void assertNoSeriousViolations(String what) {
        // third-party embeds (video iframes) are not ours and cannot load in the test browser
        Results results = new AxeBuilder().setTimeout(120).disableIframeTesting().analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on the " + what + ": " + results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("rules axe-core checked and passed on the " + what).isNotEmpty();
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> r.getImpact() != null && BLOCKING.contains(r.getImpact()))
                .toList();
        List<Rule> minor = results.getViolations().stream().filter(r -> !blocking.contains(r)).toList();
        if (!minor.isEmpty()) {
            System.err.println("axe (moderate/minor) on the " + what + " " + driver.getCurrentUrl() + ":\n" + describe(minor));
        }
        assertThat(blocking)
                .as("serious/critical axe violations on the %s %s:%n%s", what, driver.getCurrentUrl(), describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> "  - " + r.getId() + " [" + r.getImpact() + "] " + r.getHelp() + " (" + r.getHelpUrl() + ")\n"
                        + r.getNodes().stream().map(AccessibilityBrowserTest::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode n) {
        String summary = n.getFailureSummary() == null ? "" : n.getFailureSummary().replace("\n", " / ");
        return "      target " + n.getTarget() + "\n        " + n.getHtml() + "\n        " + summary;
    }

    private void assertNoHorizontalScroll(String what) {
        Object innerWidth = js("return window.innerWidth");
        assertThat(((Number) innerWidth).intValue()).as("viewport width of the test window").isLessThanOrEqualTo(PHONE.getWidth());
        @SuppressWarnings("unchecked")
        List<Object> widths = (List<Object>) js("return [document.documentElement.scrollWidth, window.innerWidth,"
                + " document.documentElement.clientWidth]");
        long scrollWidth = ((Number) widths.get(0)).longValue();
        long viewport = ((Number) widths.get(1)).longValue();
        String culprits = (String) js("""
                var w = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > w + 0.5 && r.width > 0) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                      + ' right=' + Math.round(r.right));
                  }
                });
                return out.slice(0, 15).join('\\n');""");
        assertThat(scrollWidth)
                .as("document scrollWidth vs window.innerWidth on the %s (horizontal scroll); elements past the edge:%n%s",
                        what, culprits)
                .isLessThanOrEqualTo(viewport);
    }

    private Object js(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }
}
