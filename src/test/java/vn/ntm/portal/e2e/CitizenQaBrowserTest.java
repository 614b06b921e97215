package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.e2e.pages.AskQuestionPage;
import vn.ntm.portal.e2e.pages.ErrorPage;
import vn.ntm.portal.e2e.pages.QaAdminPage;
import vn.ntm.portal.e2e.pages.SignInPage;
import vn.ntm.portal.e2e.pages.TrackQuestionPage;
import vn.ntm.portal.qa.QaRoles;

/**
 * The citizen Q&A in a real browser: a citizen files a question (waiting the form's real minimum fill time,
 * honeypot left alone), gets the tracking code; a handler signs in and drafts the answer; an administrator
 * approves it; the citizen then reads "Đã trả lời" and the answer by code. An unknown code shows the
 * Vietnamese 404 page. Every page this browser asks for carries its own client address (X-Forwarded-For,
 * as the other whole-application tests send), so the per-address limits of other tests never interfere.
 */
class CitizenQaBrowserTest extends BrowserTestSupport {

    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Value("${ntm.qa.min-fill-time:3s}")
    Duration minFillTime;
    @Value("${ntm.upload-dir}")
    Path uploadDir;

    private final List<String> logins = new ArrayList<>();
    private String marker;
    private Path attachment;

    @BeforeEach
    void ownClientAddress() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", "10.79." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1))));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (driver instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
        if (marker != null) {
            List<Long> files = jdbc.sql("SELECT attachment_id FROM qa_question WHERE title LIKE ? AND attachment_id IS NOT NULL")
                    .param("%" + marker).query(Long.class).list();
            jdbc.sql("DELETE FROM qa_question WHERE title LIKE ?").param("%" + marker).update();
            for (long file : files) {
                String path = jdbc.sql("DELETE FROM uploaded_file f WHERE id = ? AND kind = 'PRIVATE'"
                                + " AND NOT EXISTS (SELECT 1 FROM qa_question q WHERE q.attachment_id = f.id) RETURNING path")
                        .param(file).query(String.class).optional().orElse(null);
                if (path != null) {
                    Files.deleteIfExists(uploadDir.resolve(path));
                }
            }
        }
        for (String login : logins) {
            jdbc.sql("DELETE FROM app_user WHERE username = ?").param(login).update();
        }
        logins.clear();
        if (attachment != null) {
            Files.deleteIfExists(attachment);
        }
    }

    @Test
    void aQuestionIsFiledDraftedApprovedAndReadByItsCode() throws Exception {
        marker = "e2e" + System.nanoTime();
        String title = "Hỏi về hỗ trợ xi măng làm đường giao thông nông thôn " + marker;
        String answer = "Xã được hỗ trợ xi măng theo Nghị quyết của Hội đồng nhân dân tỉnh. Trân trọng.";
        attachment = Files.createTempFile("don-de-nghi-", ".pdf");
        Files.writeString(attachment, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n% "
                + marker + "\n", StandardCharsets.US_ASCII);

        // the citizen files the question, as a person would: the honeypot untouched, the real minimum waited
        AskQuestionPage form = AskQuestionPage.open(driver, baseUrl());
        assertThat(form.honeypotValue()).isEmpty();
        assertThat(form.honeypotVisibleOnScreen()).as("the honeypot is off screen").isFalse();
        TrackQuestionPage confirmation = form.fill("Lê Thị Mai", "mai." + marker + "@example.test", title,
                        "Xin hỏi thôn tôi làm đường bê tông thì được hỗ trợ bao nhiêu xi măng?")
                .attach(attachment).consent().sendAfter(minFillTime);
        assertThat(confirmation.error()).as("the form was accepted").isEmpty();
        assertThat(confirmation.confirmationShown()).isTrue();
        String code = confirmation.confirmationCode();
        assertThat(code).matches("HD-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(confirmation.url()).contains("/hoi-dap/tra-cuu").contains("ma=" + code);
        assertThat(confirmation.status()).isEqualTo("Đã tiếp nhận");
        long id = jdbc.sql("SELECT id FROM qa_question WHERE tracking_code = ?").param(code).query(Long.class).single();

        // a handler signs in, finds it in the list, drafts the answer
        String handler = TestUsers.create(users, encoder, QaRoles.HANDLER);
        logins.add(handler);
        driver.manage().deleteAllCookies();
        SignInPage.open(driver, baseUrl()).signIn(handler, TestUsers.PASSWORD);
        QaAdminPage question = QaAdminPage.fromMenu(driver).filterByStatus("Đã tiếp nhận").openQuestion(title);
        assertThat(question.heading()).isEqualTo(title);
        assertThat(question.offersAttachmentDownload(id)).as("the private attachment is offered to the staff").isTrue();
        assertThat(question.approveOffered()).as("a handler does not approve").isFalse();
        QaAdminPage drafted = question.saveDraft(answer);
        assertThat(drafted.notice()).isEqualTo("Đã lưu dự thảo câu trả lời.");
        assertThat(drafted.status()).isEqualTo("Đang xử lý");
        assertThat(trackAsCitizen(code).answer()).as("a draft is not public").isEmpty();

        // an administrator approves it
        String admin = TestUsers.create(users, encoder, Roles.ADMIN);
        logins.add(admin);
        driver.manage().deleteAllCookies();
        SignInPage.open(driver, baseUrl()).signIn(admin, TestUsers.PASSWORD);
        QaAdminPage toApprove = QaAdminPage.fromMenu(driver).filterByStatus("Đang xử lý").openQuestion(title);
        assertThat(toApprove.approveOffered()).isTrue();
        QaAdminPage approved = toApprove.approve();
        assertThat(approved.notice()).startsWith("Đã duyệt câu trả lời");
        assertThat(approved.status()).isEqualTo("Đã trả lời");
        assertThat(approved.approvedAnswer()).isEqualTo(answer);

        // the citizen reads the answer by code
        TrackQuestionPage tracking = trackAsCitizen(code);
        assertThat(tracking.status()).isEqualTo("Đã trả lời");
        assertThat(tracking.answer()).isEqualTo(answer);
        assertThat(tracking.html()).doesNotContain("tep-dinh-kem").doesNotContain("mai." + marker);
    }

    @Test
    void anUnknownCodeShowsTheVietnameseNotFoundPage() {
        ErrorPage page = ErrorPage.open(driver, url("/hoi-dap/tra-cuu?ma=HD-2026-0000-0000"));
        assertThat(page.errorCode()).isEqualTo("Mã lỗi 404");
        assertThat(page.h1()).isNotBlank();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Không tìm thấy câu hỏi nào có mã tra cứu này");
    }

    /** The tracking page as the citizen sees it: signed out of everything. */
    private TrackQuestionPage trackAsCitizen(String code) {
        driver.manage().deleteAllCookies();
        return TrackQuestionPage.open(driver, baseUrl(), code);
    }
}
