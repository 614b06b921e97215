package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.SignInPage;

/**
 * Every XSS payload, saved through the article editor and published, is opened in a real browser on the
 * public article page, the category page and the back-office list: no dialog may open and no payload may
 * touch the page (several payloads set {@code document.body.dataset.pwned}). Two layers stand in the
 * way, the sanitiser and the Content-Security-Policy; {@code StoredXssTest} checks the first on its own.
 */
class XssBrowserTest extends BrowserTestSupport {

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int serverPort;

    @Test
    void noPayloadRunsInTheBrowser() throws Exception {
        long category = jdbc.sql("SELECT id FROM category WHERE parent_id IS NULL ORDER BY position, id LIMIT 1").query(Long.class).single();
        String name = TestUsers.create(users, encoder, "BIEN_TAP");
        jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create, can_approve, can_publish) "
                + "SELECT id, ?, true, true, true FROM app_user WHERE username = ?").params(category, name).update();
        AdminClient client = new AdminClient(serverPort);
        assertThat(client.signIn(name, TestUsers.PASSWORD).statusCode()).isEqualTo(302);

        List<String> pages = new ArrayList<>();
        List<String> payloads = vn.ntm.portal.security.XssPayloads.all();
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("title", "Thử trình duyệt " + i + " " + payloads.get(i));
            form.put("lead", payloads.get(i));
            form.put("body", "<p>" + payloads.get(i) + "</p>" + payloads.get(i));
            form.put("categoryId", String.valueOf(category));
            form.put("authorName", payloads.get(i));
            String edit = AdminClient.location(client.submit("/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/moi", form))
                    .replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
            for (String step : List.of("submit", "approve", "publish")) {
                client.submit(edit, edit + "/buoc/" + step, Map.of());
            }
            long id = Long.parseLong(edit.substring(edit.lastIndexOf('/') + 1));
            pages.add("/tin-tuc/" + jdbc.sql("SELECT slug FROM article WHERE id = ? AND status = 'PUBLISHED'").param(id)
                    .query(String.class).single() + "-" + id);
        }
        pages.add("/chuyen-muc/" + jdbc.sql("SELECT slug FROM category WHERE id = ?").param(category).query(String.class).single());

        SignInPage.open(driver, baseUrl()).signIn(name, TestUsers.PASSWORD);
        pages.add("/quan-tri/bai-viet");
        List<String> ran = new ArrayList<>();
        for (String page : pages) {
            driver.get(baseUrl() + page);
            try {
                String text = driver.switchTo().alert().getText();
                driver.switchTo().alert().dismiss();
                ran.add(page + ": dialog " + text);
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
            Object pwned = ((JavascriptExecutor) driver).executeScript("return document.body.dataset.pwned || null;");
            if (pwned != null) {
                ran.add(page + ": page modified");
            }
        }
        assertThat(pages).hasSizeGreaterThan(50);
        assertThat(ran).isEmpty();
    }
}
