package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.internal.RegistrationService;
import vn.ntm.portal.training.internal.TrainingFormStamp;
import vn.ntm.portal.training.internal.TrainingJobs;
import vn.ntm.portal.training.internal.TrainingMailer;

/**
 * Registration end to end over HTTP against the embedded PostgreSQL, with a real SMTP server (GreenMail): the
 * happy path, deduplication (also under 16 concurrent identical submissions), the deadline, seats and the waiting
 * list with offers and their expiry, the personal page (change, withdraw), custom questions, spam protection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationFlowTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern PERSONAL = Pattern.compile("/dang-ky/([0-9A-Z]{8})\\?(moi|da-cap-nhat)=1$");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingFormStamp stamps;
    @Autowired
    TrainingJobs jobs;
    @Autowired
    TrainingMailer mailer;

    private TrainingFixtures fixtures() {
        return new TrainingFixtures(jdbc);
    }

    private String stamp() {
        return stamps.issue(Instant.now().minusSeconds(60));
    }

    private HttpResponse<String> register(Fixture f, Map<String, String> form) throws Exception {
        return new Visitor(port).post(f.form(), f.form(), Visitor.fields(form));
    }

    /** The site path of a redirect (Location is absolute). */
    private static String target(HttpResponse<String> r) {
        return AdminClient.location(r).replaceFirst("^http://[^/]+", "");
    }

    private static String code(HttpResponse<String> r) {
        Matcher m = PERSONAL.matcher(AdminClient.location(r));
        assertThat(m.find()).as("redirect to the personal page: " + AdminClient.location(r) + " " + r.statusCode()).isTrue();
        return m.group(1);
    }

    private long rows(Fixture f) {
        return jdbc.sql("SELECT count(*) FROM training_registration WHERE programme_id = ?").param(f.id()).query(Long.class).single();
    }

    private String status(String code) {
        return jdbc.sql("SELECT status FROM training_registration WHERE code = ?").param(code).query(String.class).single();
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                out.add(m);
            }
        }
        return out;
    }

    private List<MimeMessage> awaitMail(String address, int count) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<MimeMessage> m = mailTo(address);
            if (m.size() >= count) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + count + " mail(s) to " + address);
    }

    @Test
    void aRegistrationIsStoredWithItsPhoneInInternationalFormItsConsentAndAConfirmationWithCodeAndQr() throws Exception {
        Fixture f = fixtures().open("Chương trình thử đăng ký");
        Map<String, String> form = TrainingFixtures.form(stamp(), "Nguyễn Thị Hoa", "0912 345 678", "hoa.dangky@example.test");
        List<String[]> fields = Visitor.fields(form);
        fields.add(new String[] {"chuyen_de", String.valueOf(f.topics().get(0))});
        fields.add(new String[] {"chuyen_de", String.valueOf(f.topics().get(1))});
        Visitor visitor = new Visitor(port);
        HttpResponse<String> sent = visitor.post(f.form(), f.form(), fields);
        assertThat(sent.statusCode()).isEqualTo(302);
        String code = code(sent);

        Map<String, Object> row = jdbc.sql("""
                SELECT phone, email, province_version, province_code, category, producer_type, product_name, consent_version,
                       consent_at > now() - interval '1 minute' AS consented, status, channel, cardinality(topic_ids) AS topics, question
                  FROM training_registration WHERE code = ?""").param(code).query().singleRow();
        assertThat(row.get("phone")).isEqualTo("+84912345678");
        assertThat(row.get("email")).isEqualTo("hoa.dangky@example.test");
        assertThat(((Number) row.get("province_version")).intValue()).as("a programme from July 2025 on uses the 34 new units").isEqualTo(2025);
        assertThat(row.get("consent_version")).isEqualTo("ND13-2023-tap-huan-v1");
        assertThat(row.get("consented")).isEqualTo(true);
        assertThat(row.get("status")).isEqualTo("REGISTERED");
        assertThat(row.get("producer_type")).isEqualTo("HTX");
        assertThat(row.get("topics")).isEqualTo(2);

        String page = visitor.get(target(sent)).body();
        String display = code.substring(0, 4) + "-" + code.substring(4);
        assertThat(page).contains(display).contains("<svg").contains("Mã QR của trang đăng ký cá nhân")
                .contains("Đã đăng ký").contains("https://zoom.us/j/81234567890").contains("bimat1");
        // the QR code and the link point at the personal page
        assertThat(page).contains("http://localhost:8080" + f.form() + "/" + code);

        MimeMessage confirmation = awaitMail("hoa.dangky@example.test", 1).get(0);
        assertThat(confirmation.getSubject()).contains("Xác nhận đăng ký");
        assertThat(confirmation.getContent().toString()).contains(display).contains(f.form() + "/" + code);

        // the public programme page shows the livestream, never the Zoom link
        String publicPage = new Visitor(port).get(f.path()).body();
        assertThat(publicPage).contains("Xem trực tiếp trên YouTube").doesNotContain("zoom.us").doesNotContain("81234567890")
                .doesNotContain("bimat1");
        // typed codes: lower case, without the dash, O for 0 and I/L for 1 all find it
        String typed = code.toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(new Visitor(port).get(f.form() + "/tra-cuu?ma=" + typed).headers().firstValue("Location").orElse(""))
                .endsWith(f.form() + "/" + code);
    }

    @Test
    void theConfirmationLeavesThroughTheOutboxAndIsRetriedWhileTheMailServerIsDown() throws Exception {
        Fixture f = fixtures().open("Chương trình thử hộp thư đi");
        mail.stop();
        try {
            HttpResponse<String> sent = register(f, TrainingFixtures.form(stamp(), "Đỗ Thị Thư", "0944 000 001", "thu.hopthu@example.test"));
            assertThat(sent.statusCode()).as("the registration does not wait for the mail server").isEqualTo(302);
            String code = code(sent);
            long registration = jdbc.sql("SELECT id FROM training_registration WHERE code = ?").param(code).query(Long.class).single();
            Map<String, Object> failed = awaitOutbox(registration, 1);
            assertThat(failed.get("last_error")).as("the refused attempt is recorded").isNotNull();
            assertThat(failed.get("failed_at")).isNull();
            assertThat((Boolean) failed.get("later")).as("and tried again later").isTrue();
        } finally {
            mail.start();
        }
        jdbc.sql("UPDATE training_mail_outbox SET next_attempt_at = now() WHERE recipient = 'thu.hopthu@example.test'").update();
        mailer.drain(); // (or the scheduled drain, whichever leases it first)
        MimeMessage confirmation = awaitMail("thu.hopthu@example.test", 1).get(0);
        assertThat(confirmation.getSubject()).contains("Xác nhận đăng ký").contains("Chương trình thử hộp thư đi");
        assertThat(jdbc.sql("SELECT count(*) FROM training_mail_outbox WHERE recipient = 'thu.hopthu@example.test'").query(Long.class).single())
                .as("a delivered message leaves the outbox").isZero();

        // a message refused at every attempt is kept as failed, with its error, and not tried again
        mail.stop();
        try {
            String code = code(register(f, TrainingFixtures.form(stamp(), "Đỗ Văn Hỏng", "0944 000 002", "hong.hopthu@example.test")));
            long registration = jdbc.sql("SELECT id FROM training_registration WHERE code = ?").param(code).query(Long.class).single();
            awaitOutbox(registration, 1);
            jdbc.sql("UPDATE training_mail_outbox SET attempts = ?, next_attempt_at = now(), last_error = NULL WHERE registration_id = ?")
                    .params(TrainingMailer.MAX_ATTEMPTS - 1, registration).update();
            mailer.drain();
            Map<String, Object> given = awaitOutbox(registration, TrainingMailer.MAX_ATTEMPTS);
            assertThat(given.get("failed_at")).isNotNull();
            jdbc.sql("UPDATE training_mail_outbox SET next_attempt_at = now() WHERE registration_id = ?").param(registration).update();
            mailer.drain();
            assertThat(awaitOutbox(registration, TrainingMailer.MAX_ATTEMPTS).get("attempts")).isEqualTo(TrainingMailer.MAX_ATTEMPTS);
        } finally {
            mail.start();
        }
    }

    /**
     * The registration's one outbox row once its attempt number {@code attempts} has failed (waits for the sender
     * thread: the count goes up when a batch is leased, the error is written when the attempt has ended).
     */
    private Map<String, Object> awaitOutbox(long registration, int attempts) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<Map<String, Object>> rows = jdbc.sql("""
                    SELECT attempts, last_error, failed_at, next_attempt_at > now() AS later FROM training_mail_outbox WHERE registration_id = ?""")
                    .param(registration).query().listOfRows();
            if (rows.size() == 1 && ((Number) rows.get(0).get("attempts")).intValue() >= attempts && rows.get(0).get("last_error") != null) {
                return rows.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("outbox of registration " + registration + ": " + rows);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theSamePhoneOrEmailUpdatesTheEarlierRegistrationInsteadOfCreatingASecond() throws Exception {
        Fixture f = fixtures().open("Chương trình thử trùng");
        Map<String, String> noQuestion = TrainingFixtures.form(stamp(), "Trần Văn Bình", "0987 000 111", "");
        noQuestion.put("cau_hoi", ""); // the single INSERT first, then (the phone taken) the transaction that updates
        String first = code(register(f, noQuestion));
        HttpResponse<String> again = register(f, TrainingFixtures.form(stamp(), "Trần Văn Bình (sửa)", "+84 987 000 111", "binh@example.test"));
        assertThat(AdminClient.location(again)).contains("da-cap-nhat=1");
        assertThat(code(again)).isEqualTo(first);
        assertThat(rows(f)).isEqualTo(1);
        assertThat(new Visitor(port).get(target(again)).body()).contains("cập nhật đăng ký cũ");
        assertThat(jdbc.sql("SELECT full_name || '|' || email || '|' || update_count FROM training_registration WHERE code = ?").param(first)
                .query(String.class).single()).isEqualTo("Trần Văn Bình (sửa)|binh@example.test|1");

        // by e-mail, whatever its case, and without a phone
        HttpResponse<String> byMail = register(f, TrainingFixtures.form(stamp(), "Trần Văn Bình", "", "BINH@Example.TEST"));
        assertThat(code(byMail)).isEqualTo(first);
        assertThat(rows(f)).isEqualTo(1);

        // the same person in another programme is another registration
        Fixture other = fixtures().open("Chương trình thử khác");
        assertThat(code(register(other, TrainingFixtures.form(stamp(), "Trần Văn Bình", "0987000111", "")))).isNotEqualTo(first);
    }

    @Test
    void sixteenConcurrentIdenticalSubmissionsEndAsOneRow() throws Exception {
        // on a channel with seats and with a question: the transaction that takes a seat
        Fixture f = fixtures().open("Chương trình thử đồng thời");
        fixtures().seats(f.id(), "ZOOM", 5);
        concurrently(f, TrainingFixtures.form(stamp(), "Lê Thị Cúc", "0911 222 333", "cuc.dongthoi@example.test"));
        assertThat(jdbc.sql("SELECT taken FROM training_capacity WHERE programme_id = ?").param(f.id()).query(Integer.class).single())
                .as("one seat taken, not sixteen").isEqualTo(1);

        // on a channel without seats and without a question: the single INSERT tried first, then the transaction
        Fixture g = fixtures().open("Chương trình thử đồng thời không giới hạn");
        Map<String, String> form = TrainingFixtures.form(stamp(), "Lê Thị Cúc", "0911 222 333", "cuc.dongthoi@example.test");
        form.put("kenh", "YOUTUBE");
        form.put("cau_hoi", "");
        concurrently(g, form);
        assertThat(jdbc.sql("SELECT update_count FROM training_registration WHERE programme_id = ?").param(g.id()).query(Integer.class).single())
                .as("the fifteen later ones updated the first").isEqualTo(15);
    }

    /** Sixteen visitors post the same form at once: all are sent to the same registration, stored once. */
    private void concurrently(Fixture f, Map<String, String> form) throws Exception {
        List<Visitor> visitors = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Visitor v = new Visitor(port);
            visitors.add(v);
            tokens.add(AdminClient.csrf(v.get(f.form()).body()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                Callable<HttpResponse<String>> call = () -> {
                    List<String[]> fields = Visitor.fields(form);
                    fields.add(new String[] {"_csrf", tokens.get(n)});
                    start.await();
                    return visitors.get(n).postRaw(f.form(), fields);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<HttpResponse<String>> r : results) {
                HttpResponse<String> response = r.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
                codes.add(code(response));
            }
            assertThat(codes).as("every submission led to the same registration").containsOnly(codes.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(f)).isEqualTo(1);
    }

    @Test
    void whatTheRowsSayNowDecidesEvenWhileTheFormContextIsKept() throws Exception {
        // the programme as this node keeps it for a few seconds is without moderation, seats or deadline; another node
        // (here: straight in the tables) changes each, and the very next registration follows the tables
        Fixture f = fixtures().open("Chương trình thử ngữ cảnh cũ");
        Map<String, String> plain = TrainingFixtures.form(stamp(), "Ngô Văn Một", "0933 000 001", "");
        plain.put("cau_hoi", "");
        String one = code(register(f, plain));
        assertThat(jdbc.sql("SELECT status || '|' || channel || '|' || phone || '|' || consent_version FROM training_registration WHERE code = ?")
                .param(one).query(String.class).single()).isEqualTo("REGISTERED|ZOOM|+84933000001|" + RegistrationService.CONSENT_VERSION);

        jdbc.sql("UPDATE training_programme SET moderation = true WHERE id = ?").param(f.id()).update();
        Map<String, String> moderated = TrainingFixtures.form(stamp(), "Ngô Văn Hai", "0933 000 002", "");
        moderated.put("cau_hoi", "");
        assertThat(status(code(register(f, moderated)))).isEqualTo("PENDING");

        jdbc.sql("UPDATE training_programme SET moderation = false WHERE id = ?").param(f.id()).update();
        fixtures().seats(f.id(), "ZOOM", 1);
        jdbc.sql("UPDATE training_capacity SET taken = 1 WHERE programme_id = ?").param(f.id()).update();
        Map<String, String> full = TrainingFixtures.form(stamp(), "Ngô Văn Ba", "0933 000 003", "");
        full.put("cau_hoi", "");
        assertThat(status(code(register(f, full)))).as("the one Zoom seat is held by the first").isEqualTo("WAITING");

        jdbc.sql("UPDATE training_programme SET registration_closes_at = now() - interval '1 minute' WHERE id = ?").param(f.id()).update();
        Map<String, String> late = TrainingFixtures.form(stamp(), "Ngô Văn Bốn", "0933 000 004", "");
        late.put("cau_hoi", "");
        late.put("kenh", "YOUTUBE");
        Visitor v = new Visitor(port);
        List<String[]> fields = Visitor.fields(late);
        // the form page reads the programme afresh and has no form now: a token from another page of the same visit
        fields.add(new String[] {"_csrf", AdminClient.csrf(v.get("/hoi-dap/dat-cau-hoi").body())});
        HttpResponse<String> refused = v.postRaw(f.form(), fields);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Đã hết hạn đăng ký chương trình này");
        assertThat(rows(f)).isEqualTo(3);
    }

    @Test
    void aRegistrationAfterTheDeadlineIsRefusedAndNothingIsStored() throws Exception {
        Fixture f = fixtures().programme("Chương trình thử hết hạn", Instant.now().minusSeconds(60), false,
                LocalDate.now(VietnameseFormat.ZONE).plusDays(5));
        Visitor v = new Visitor(port);
        String formPage = v.get(f.form()).body();
        assertThat(formPage).contains("Đã hết hạn đăng ký").doesNotContain("name=\"ho_ten\"");
        List<String[]> fields = Visitor.fields(TrainingFixtures.form(stamp(), "Phạm Văn Dũng", "0912 999 888", "dung@example.test"));
        // the closed page has no form: a token from another page of the same visit
        fields.add(new String[] {"_csrf", AdminClient.csrf(v.get("/hoi-dap/dat-cau-hoi").body())});
        HttpResponse<String> late = v.postRaw(f.form(), fields);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Đã hết hạn đăng ký chương trình này").contains("chưa được lưu");
        assertThat(rows(f)).isZero();
    }

    @Test
    void whenZoomIsFullRegistrantsWaitOrMoveToTheLivestreamAndAFreedSeatIsOfferedAcceptedOrPassedOn() throws Exception {
        Fixture f = fixtures().open("Chương trình thử sức chứa");
        fixtures().seats(f.id(), "ZOOM", 1);
        String a = code(register(f, TrainingFixtures.form(stamp(), "Người A", "0900 000 001", "a.cho@example.test")));
        String b = code(register(f, TrainingFixtures.form(stamp(), "Người B", "0900 000 002", "b.cho@example.test")));
        Map<String, String> livestream = TrainingFixtures.form(stamp(), "Người C", "0900 000 003", "c.cho@example.test");
        livestream.put("chap_nhan_truc_tuyen", "1");
        String c = code(register(f, livestream));
        String d = code(register(f, TrainingFixtures.form(stamp(), "Người D", "0900 000 004", "d.cho@example.test")));
        assertThat(status(a)).isEqualTo("REGISTERED");
        assertThat(status(b)).isEqualTo("WAITING");
        assertThat(status(c)).isEqualTo("REGISTERED");
        assertThat(jdbc.sql("SELECT channel FROM training_registration WHERE code = ?").param(c).query(String.class).single()).isEqualTo("YOUTUBE");
        assertThat(status(d)).isEqualTo("WAITING");
        Visitor bPage = new Visitor(port);
        assertThat(bPage.get(f.form() + "/" + b).body()).contains("Danh sách chờ").doesNotContain("zoom.us");
        assertThat(awaitMail("b.cho@example.test", 1).get(0).getContent().toString()).contains("danh sách chờ");

        // A withdraws with the code: the seat goes to B (the first waiting) with a time-limited offer by e-mail
        Visitor aPage = new Visitor(port);
        HttpResponse<String> withdrawn = aPage.post(f.form() + "/" + a, f.form() + "/" + a + "/huy", List.of());
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(status(a)).isEqualTo("WITHDRAWN");
        assertThat(status(b)).isEqualTo("OFFERED");
        assertThat(status(d)).isEqualTo("WAITING");
        MimeMessage offer = awaitMail("b.cho@example.test", 2).get(1);
        assertThat(offer.getSubject()).contains("Có chỗ trống");
        assertThat(offer.getContent().toString()).contains(f.form() + "/" + b).contains("Nhận chỗ");
        assertThat(bPage.get(f.form() + "/" + b).body()).contains("Được mời nhận chỗ").contains("/nhan-cho");
        assertThat(bPage.post(f.form() + "/" + b, f.form() + "/" + b + "/nhan-cho", List.of()).statusCode()).isEqualTo(302);
        assertThat(status(b)).isEqualTo("REGISTERED");
        assertThat(bPage.get(f.form() + "/" + b).body()).contains("https://zoom.us/j/81234567890");
        assertThat(bPage.post(f.form() + "/" + b, f.form() + "/" + b + "/nhan-cho", List.of()).statusCode()).as("an offer is taken once")
                .isEqualTo(409);

        // B withdraws: D gets the offer; D lets it expire: the seat passes to E, who waited after D
        String e = code(register(f, TrainingFixtures.form(stamp(), "Người E", "0900 000 005", "e.cho@example.test")));
        new Visitor(port).post(f.form() + "/" + b, f.form() + "/" + b + "/huy", List.of());
        assertThat(status(d)).isEqualTo("OFFERED");
        assertThat(status(e)).isEqualTo("WAITING");
        jdbc.sql("UPDATE training_registration SET offer_expires_at = now() - interval '1 minute' WHERE code = ?").param(d).update();
        jobs.expireOffers();
        assertThat(status(d)).isEqualTo("EXPIRED");
        assertThat(status(e)).isEqualTo("OFFERED");
        assertThat(awaitMail("e.cho@example.test", 2).get(1).getSubject()).contains("Có chỗ trống");
        assertThat(new Visitor(port).post("/hoi-dap/dat-cau-hoi", f.form() + "/" + d + "/nhan-cho", List.of()).statusCode())
                .as("an expired offer cannot be taken").isEqualTo(409);
        assertThat(jdbc.sql("SELECT taken FROM training_capacity WHERE programme_id = ?").param(f.id()).query(Integer.class).single())
                .as("the one seat is held by E's offer").isEqualTo(1);
    }

    @Test
    void theRegistrantChangesAndWithdrawsWithTheCode() throws Exception {
        Fixture f = fixtures().open("Chương trình thử sửa");
        String code = code(register(f, TrainingFixtures.form(stamp(), "Hoàng Văn Em", "0933 444 555", "")));
        Visitor v = new Visitor(port);
        Map<String, String> changed = TrainingFixtures.form("", "Hoàng Văn Em", "0933 444 555", "em.sua@example.test");
        changed.remove("stamp");
        changed.remove("website");
        changed.put("don_vi", "Sở Nông nghiệp và Môi trường");
        changed.put("doi_tuong", "OFFICIAL");
        changed.put("kenh", "FACEBOOK");
        HttpResponse<String> saved = v.post(f.form() + "/" + code, f.form() + "/" + code, Visitor.fields(changed));
        assertThat(saved.statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("SELECT organisation, category, producer_type, product_name, channel, email FROM training_registration WHERE code = ?")
                .param(code).query().singleRow();
        assertThat(row.get("organisation")).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(row.get("category")).isEqualTo("OFFICIAL");
        assertThat(row.get("producer_type")).as("producer fields dropped for an official").isNull();
        assertThat(row.get("product_name")).isEqualTo("");
        assertThat(row.get("channel")).isEqualTo("FACEBOOK");
        assertThat(row.get("email")).isEqualTo("em.sua@example.test");

        // a bad change is refused with the reason and changes nothing
        changed.put("tinh", "99");
        HttpResponse<String> bad = v.post(f.form() + "/" + code, f.form() + "/" + code, Visitor.fields(changed));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Vui lòng chọn tỉnh/thành phố trong danh sách.");

        assertThat(v.post(f.form() + "/" + code, f.form() + "/" + code + "/huy", List.of()).statusCode()).isEqualTo(302);
        assertThat(status(code)).isEqualTo("WITHDRAWN");
        assertThat(v.get(f.form() + "/" + code).body()).contains("Đã hủy đăng ký").doesNotContain("name=\"ho_ten\"");
        assertThat(new Visitor(port).get(f.form() + "/ZZZZZZZZ").statusCode()).isEqualTo(404);
    }

    @Test
    void customQuestionsAreValidatedOnTheServerWithTheirTypesRequirementsAndConditions() throws Exception {
        Fixture f = fixtures().open("Chương trình thử câu hỏi");
        long hasOcop = jdbc.sql("INSERT INTO training_question (programme_id, position, label, kind, required) VALUES (?, 1, 'Đã có sản phẩm OCOP?', 'YES_NO', true) RETURNING id")
                .param(f.id()).query(Long.class).single();
        long stars = jdbc.sql("""
                INSERT INTO training_question (programme_id, position, label, kind, options, required, show_if_question_id, show_if_value)
                VALUES (?, 2, 'Hạng sao', 'SINGLE', '{"3 sao","4 sao"}', true, ?, 'co') RETURNING id""").params(f.id(), hasOcop).query(Long.class).single();
        long size = jdbc.sql("INSERT INTO training_question (programme_id, position, label, kind) VALUES (?, 3, 'Số lao động', 'NUMBER') RETURNING id")
                .param(f.id()).query(Long.class).single();
        long when = jdbc.sql("INSERT INTO training_question (programme_id, position, label, kind) VALUES (?, 4, 'Ngày thành lập', 'DATE') RETURNING id")
                .param(f.id()).query(Long.class).single();
        long goals = jdbc.sql("INSERT INTO training_question (programme_id, position, label, kind, options) VALUES (?, 5, 'Mong muốn', 'MULTI', '{\"Bao bì\",\"Thị trường\",\"Chứng nhận\"}') RETURNING id")
                .param(f.id()).query(Long.class).single();
        // every question is on the form (hidden by JavaScript only)
        String page = new Visitor(port).get(f.form()).body();
        assertThat(page).contains("Đã có sản phẩm OCOP?").contains("Hạng sao").contains("data-show-field=\"q" + hasOcop + "\"");

        Map<String, String> base = TrainingFixtures.form(stamp(), "Đặng Thị Giang", "0944 555 666", "");
        HttpResponse<String> missing = register(f, base);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Vui lòng trả lời câu hỏi “Đã có sản phẩm OCOP?”.");

        Map<String, String> yes = new java.util.LinkedHashMap<>(base);
        yes.put("q" + hasOcop, "co");
        HttpResponse<String> conditionalMissing = register(f, yes);
        assertThat(conditionalMissing.statusCode()).isEqualTo(400);
        assertThat(conditionalMissing.body()).contains("Vui lòng trả lời câu hỏi “Hạng sao”.");

        yes.put("q" + stars, "6 sao");
        assertThat(register(f, yes).body()).contains("Vui lòng chọn một phương án có trong danh sách cho câu hỏi “Hạng sao”.");
        yes.put("q" + stars, "4 sao");
        yes.put("q" + size, "mười hai");
        assertThat(register(f, yes).body()).contains("“Số lao động” phải là một số");
        yes.put("q" + size, "12,5");
        yes.put("q" + when, "31/02/2020");
        assertThat(register(f, yes).body()).contains("“Ngày thành lập” phải là một ngày");
        yes.remove("q" + when);
        List<String[]> fields = Visitor.fields(yes);
        fields.add(new String[] {"q" + goals, "Bao bì"});
        fields.add(new String[] {"q" + goals, "Lừa đảo"});
        assertThat(new Visitor(port).post(f.form(), f.form(), fields).body()).contains("Vui lòng chỉ chọn các phương án có trong danh sách");
        assertThat(rows(f)).as("every refusal stored nothing").isZero();

        fields.remove(fields.size() - 1);
        fields.add(new String[] {"q" + goals, "Thị trường"});
        String code = code(new Visitor(port).post(f.form(), f.form(), fields));
        assertThat(jdbc.sql("SELECT answers = jsonb_build_object(?::text, 'co', ?::text, '4 sao', ?::text, '12.5', ?::text, jsonb_build_array('Bao bì', 'Thị trường')) FROM training_registration WHERE code = ?")
                .params(hasOcop, stars, size, goals, code).query(Boolean.class).single()).as("the answers as stored").isTrue();

        // a conditional answer given while its condition does not hold is dropped
        Map<String, String> no = TrainingFixtures.form(stamp(), "Đặng Văn Hải", "0944 555 777", "");
        no.put("q" + hasOcop, "khong");
        no.put("q" + stars, "3 sao");
        String other = code(register(f, no));
        assertThat(jdbc.sql("SELECT (answers -> ?) IS NOT NULL FROM training_registration WHERE code = ?").params(String.valueOf(stars), other)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void spamIsRefusedByTheHoneypotTheSignedFormTimeAndThePerAddressLimit() throws Exception {
        Fixture f = fixtures().open("Chương trình thử chống spam");
        Map<String, String> trap = TrainingFixtures.form(stamp(), "Rô Bốt", "0955 000 001", "");
        trap.put("website", "http://spam.example");
        assertThat(register(f, trap).statusCode()).isEqualTo(400);
        HttpResponse<String> fast = register(f, TrainingFixtures.form(stamps.issue(Instant.now()), "Rô Bốt", "0955 000 002", ""));
        assertThat(fast.statusCode()).isEqualTo(400);
        assertThat(fast.body()).contains("Biểu mẫu được gửi quá nhanh");
        HttpResponse<String> forged = register(f, TrainingFixtures.form("1234567890123." + "0".repeat(64), "Rô Bốt", "0955 000 003", ""));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Biểu mẫu đã hết hạn hoặc không hợp lệ");
        assertThat(rows(f)).isZero();

        Visitor flood = new Visitor(port);
        String token = AdminClient.csrf(flood.get(f.form()).body());
        int refused = 0;
        for (int i = 0; i < 21; i++) {
            List<String[]> fields = Visitor.fields(TrainingFixtures.form(stamp(), "", "", ""));
            fields.add(new String[] {"_csrf", token});
            int s = flood.postRaw(f.form(), fields).statusCode();
            if (s == 429) {
                refused++;
            } else {
                assertThat(s).isEqualTo(400);
            }
        }
        assertThat(refused).as("the 21st post within the hour").isEqualTo(1);
        // code lookups are limited per address too
        Visitor guesser = new Visitor(port);
        int limited = 0;
        for (int i = 0; i < 61; i++) {
            if (guesser.get(f.form() + "/AAAAAAA" + (i % 10)).statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(1);
        assertThat(rows(f)).isZero();
    }

    @Test
    void aProgrammeBeforeJuly2025OffersThe63OldProvincesAndLaterOnesThe34New() throws Exception {
        Fixture old = fixtures().programme("Chương trình thử 2021", Instant.now().plus(Duration.ofDays(3)), false, LocalDate.parse("2021-09-28"));
        Fixture current = fixtures().open("Chương trình thử 2026");
        String oldForm = new Visitor(port).get(old.form()).body();
        String newForm = new Visitor(port).get(current.form()).body();
        assertThat(Pattern.compile("<option value=\"\\d\\d\"").matcher(oldForm).results().count()).isEqualTo(63);
        assertThat(Pattern.compile("<option value=\"\\d\\d\"").matcher(newForm).results().count()).isEqualTo(34);
        // code 15 is Yên Bái in the old list and the merged Lào Cai in the new one
        assertThat(oldForm).contains("<option value=\"15\">Tỉnh Yên Bái</option>");
        assertThat(newForm).contains("<option value=\"15\">Tỉnh Lào Cai</option>");
        Map<String, String> form = TrainingFixtures.form(stamp(), "Vũ Văn Khánh", "0966 000 015", "");
        form.put("tinh", "15");
        String code = code(register(old, form));
        assertThat(jdbc.sql("SELECT p.name FROM training_registration r JOIN province p ON p.version = r.province_version AND p.code = r.province_code WHERE r.code = ?")
                .param(code).query(String.class).single()).isEqualTo("Tỉnh Yên Bái");
        // an old code that no longer exists is refused on a new programme
        Map<String, String> gone = TrainingFixtures.form(stamp(), "Vũ Văn Khánh", "0966 000 016", "");
        gone.put("tinh", "10");
        assertThat(register(current, gone).body()).contains("Vui lòng chọn tỉnh/thành phố trong danh sách.");
    }

    @Test
    void remindersGoOncePerRegistrantAndSession() throws Exception {
        Fixture f = fixtures().open("Chương trình thử nhắc lịch");
        String code = code(register(f, TrainingFixtures.form(stamp(), "Ngô Thị Lan", "0977 000 001", "lan.nhac@example.test")));
        Map<String, String> other = TrainingFixtures.form(stamp(), "Ngô Văn Long", "0977 000 002", "long.nhac@example.test");
        List<String[]> fields = Visitor.fields(other);
        fields.add(new String[] {"chuyen_de", String.valueOf(f.topics().get(1))});
        code(new Visitor(port).post(f.form(), f.form(), fields));
        // the session starts in two hours; the programme reminds 24 hours before
        jdbc.sql("UPDATE training_session SET starts_at = now() + interval '2 hours', ends_at = now() + interval '5 hours' WHERE id = ?")
                .param(f.sessionId()).update();
        jobs.sendReminders();
        jobs.sendReminders();
        assertThat(jdbc.sql("SELECT count(*) FROM training_reminder_sent WHERE session_id = ?").param(f.sessionId()).query(Long.class).single())
                .as("one reminder, to the registrant without chosen topics; not to the one who chose another topic").isEqualTo(1);
        List<MimeMessage> reminders = awaitMail("lan.nhac@example.test", 2);
        Thread.sleep(300);
        assertThat(mailTo("lan.nhac@example.test")).hasSize(2);
        assertThat(reminders.get(1).getSubject()).startsWith("Nhắc lịch: Buổi 1");
        assertThat(reminders.get(1).getContent().toString()).contains("https://zoom.us/j/81234567890").contains(code);
        assertThat(mailTo("long.nhac@example.test")).hasSize(1);
    }
}
