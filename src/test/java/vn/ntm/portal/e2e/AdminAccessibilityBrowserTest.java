package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.AdminPage;
import vn.ntm.portal.e2e.pages.SignInPage;

/** axe-core on the back-office screens of the accounts module, and the shell on a tablet. */
@Tag("browser")
class AdminAccessibilityBrowserTest extends BrowserTestSupport {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Dimension TABLET = new Dimension(768, 1024);

    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void backOfficeScreensHaveNoSeriousAxeViolations() {
        SignInPage.open(driver, baseUrl());
        assertNoSeriousViolations("sign-in page");
        String name = TestUsers.create(users, encoder, Roles.ADMIN);
        AdminPage dashboard = SignInPage.current(driver).signIn(name, TestUsers.PASSWORD);
        assertThat(dashboard.h1()).isEqualTo("Bảng điều khiển");
        assertNoSeriousViolations("dashboard");
        long id = users.findByLogin(name).orElseThrow().id();
        for (String path : List.of("/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/" + id, "/quan-tri/nhat-ky",
                "/quan-tri/tai-khoan", "/quan-tri/tai-khoan/xac-thuc-hai-buoc", "/quan-tri/doi-mat-khau",
                "/quan-tri/cau-hinh", "/quan-tri/khoi-ben", "/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/moi",
                "/quan-tri/lien-ket", "/quan-tri/lien-ket/moi", "/quan-tri/media", "/quan-tri/media/moi", "/quan-tri/the",
                "/quan-tri/nguon-tin", "/quan-tri/nguon-tin/moi", "/quan-tri/tac-gia", "/quan-tri/tac-gia/moi",
                "/quan-tri/trinh-don", "/quan-tri/trinh-don/moi", "/quan-tri/thong-ke", "/quan-tri/thong-ke?khoang=toan-bo",
                "/quan-tri/thong-ke/loai-tru",
                "/quan-tri/hoi-dap", "/quan-tri/hoi-dap/linh-vuc", "/quan-tri/hoi-dap/ngay-nghi", "/quan-tri/hoi-dap/" + anyQuestion(),
                "/quan-tri/van-ban", "/quan-tri/van-ban/moi", "/quan-tri/van-ban/" + linkedDocument(), "/quan-tri/loai-van-ban",
                "/quan-tri/linh-vuc", "/quan-tri/du-thao", "/quan-tri/du-thao/moi", "/quan-tri/du-thao/" + commentedDraft(),
                "/quan-tri/du-thao/" + commentedDraft() + "/y-kien",
                "/quan-tri/trang", "/quan-tri/trang/moi", "/quan-tri/trang/" + demoStaticPage(),
                "/quan-tri/tham-do", "/quan-tri/tham-do/moi", "/quan-tri/tham-do/" + demoPoll(), "/quan-tri/tham-do/" + demoPoll() + "/ket-qua",
                "/quan-tri/tim-kiem",
                "/quan-tri/tap-huan", "/quan-tri/tap-huan/moi", "/quan-tri/tap-huan/" + trainingProgramme(),
                "/quan-tri/tap-huan/" + trainingProgramme() + "/dang-ky", "/quan-tri/tap-huan/" + trainingProgramme() + "/thu",
                "/quan-tri/tap-huan/" + trainingProgramme() + "/khao-sat", survey().adminPath(), survey().adminPath() + "/ket-qua",
                "/quan-tri/tap-huan/" + trainingProgramme() + "/hoi-dap", "/quan-tri/tap-huan/" + trainingProgramme() + "/hoi-dap/" + trainingAsk(),
                "/quan-tri/tap-huan/" + trainingProgramme() + "/chung-nhan",
                "/quan-tri/tap-huan/" + trainingProgramme() + "/bao-cao",
                "/quan-tri/tap-huan/" + trainingProgramme() + "/nhap-so-lieu", "/quan-tri/tap-huan/" + trainingProgramme() + "/diem-danh",
                "/quan-tri/tap-huan/" + trainingProgramme() + "/diem-danh/doi-chieu?buoi=" + trainingSession(),
                "/quan-tri/tap-huan/" + trainingProgramme() + "/luot-xem")) {
            driver.get(url(path));
            AdminPage.current(driver);
            assertNoSeriousViolations(path);
        }
    }

    @Test
    void theShellFitsATabletAndMenuLinksOnlyLeadToExistingScreens() {
        driver.manage().window().setSize(TABLET);
        String name = TestUsers.create(users, encoder, Roles.REPORTER);
        AdminPage page = SignInPage.open(driver, baseUrl()).signIn(name, TestUsers.PASSWORD);
        long scroll = ((Number) page.js("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) page.js("return window.innerWidth")).longValue();
        assertThat(scroll).as("no horizontal scroll at 768 px").isLessThanOrEqualTo(width);
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.js(
                "return Array.from(document.querySelectorAll('.admin-nav a')).map(a => a.getAttribute('href'))");
        assertThat(links).as("a reporter sees no administrator screens").doesNotContain("/quan-tri/nguoi-dung", "/quan-tri/nhat-ky")
                .contains("/quan-tri", "/quan-tri/tai-khoan");
        for (String href : links) {
            driver.get(url(href));
            assertThat(driver.getTitle()).as(href).doesNotContain("Không tìm thấy").doesNotContain("404");
        }
    }

    /** An open demo question, so the detail screen shows every form. */
    private long anyQuestion() {
        return jdbc.sql("SELECT id FROM qa_question WHERE status IN ('RECEIVED', 'IN_PROGRESS') ORDER BY id LIMIT 1")
                .query(Long.class).single();
    }

    /** A demo document with a file and a link, so its edit screen shows every part. */
    /** The demo static page with children, so its form shows the "has children" note. */
    private long demoStaticPage() {
        return jdbc.sql("SELECT id FROM static_page WHERE slug = 'gioi-thieu'").query(Long.class).single();
    }

    /** A demo draft with comments. */
    /** The demo's poll with ballots (its edit form then shows the counts beside the options). */
    private long demoPoll() {
        return jdbc.sql("SELECT poll_id FROM poll_ballot GROUP BY poll_id ORDER BY count(*) DESC LIMIT 1").query(Long.class).single();
    }

    private long commentedDraft() {
        return jdbc.sql("SELECT draft_id FROM document_draft_comment ORDER BY draft_id LIMIT 1").query(Long.class).single();
    }

    private long linkedDocument() {
        return jdbc.sql("""
                SELECT d.id FROM legal_document d WHERE EXISTS (SELECT 1 FROM legal_document_file f WHERE f.document_id = d.id)
                   AND EXISTS (SELECT 1 FROM legal_document_link l WHERE l.from_id = d.id OR l.to_id = d.id) ORDER BY d.id LIMIT 1""")
                .query(Long.class).single();
    }

    private SurveyPages.Made survey;

    /** An open survey of the demo series with responses (made once per test class). */
    private SurveyPages.Made survey() {
        if (survey == null) {
            survey = SurveyPages.make(jdbc);
        }
        return survey;
    }

    /** The demo's 2021 training series (its structure and 3,000 registrants). */
    private long trainingProgramme() {
        return jdbc.sql("SELECT id FROM training_programme WHERE slug = 'chuoi-tap-huan-ocop-2021'").query(Long.class).single();
    }

    /** A question of the demo 2021 series (one is added, answered on topic 1, if the demo has none). */
    private long trainingAsk() {
        jdbc.sql("""
                INSERT INTO training_ask (programme_id, topic_id, source, asker_name, body, status, answer_html, answered_at)
                SELECT t.programme_id, t.id, 'SITE', 'Học viên thử', 'Câu hỏi kiểm tra màn hình quản trị', 'APPROVED', '<p>Trả lời.</p>', now()
                  FROM training_topic t WHERE t.programme_id = ? AND t.number = 1
                   AND NOT EXISTS (SELECT 1 FROM training_ask a WHERE a.programme_id = t.programme_id)""").param(trainingProgramme()).update();
        return jdbc.sql("SELECT id FROM training_ask WHERE programme_id = ? ORDER BY id LIMIT 1").param(trainingProgramme()).query(Long.class).single();
    }

    private long trainingSession() {
        return jdbc.sql("SELECT id FROM training_session WHERE programme_id = ? AND number = 1").param(trainingProgramme()).query(Long.class).single();
    }

    private void assertNoSeriousViolations(String what) {
        // a generous script timeout: on a loaded CI machine axe can need more than the default 30 s on a long list
        Results results = new AxeBuilder().setTimeout(120).disableIframeTesting().analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on " + what).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> r.getImpact() != null && BLOCKING.contains(r.getImpact())).toList();
        assertThat(blocking).as("serious/critical axe violations on %s:%n%s", what, blocking.stream()
                .map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream().map(n -> n.getHtml()).toList())
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
