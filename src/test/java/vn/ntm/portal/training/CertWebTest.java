package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.training.CertFixtures.Series;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.internal.CertMail;

/**
 * The certificates over HTTP: the organisers' screen (rules, settings, decisions, issuing, revoking, PDFs, e-mail),
 * the registrant's download and the public verification page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertWebTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CertMail certMail;

    private AdminClient manager() throws Exception {
        return TrainingFixtures.manager(port, users, encoder);
    }

    private String token(long registrationId) {
        return jdbc.sql("SELECT verify_token FROM training_certificate WHERE registration_id = ? AND revoked_at IS NULL").param(registrationId)
                .query(String.class).single();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void anOrganiserSetsRulesAndSettingsIssuesRevokesAndTheCertificateVerifiesPublicly() throws Exception {
        CertFixtures fx = new CertFixtures(jdbc);
        Series s = fx.series("Chuỗi tập huấn thử giấy chứng nhận", 2);
        long coorganiser = jdbc.sql("INSERT INTO training_coorganiser (programme_id, name) VALUES (?, 'Học viện Nông nghiệp Việt Nam') RETURNING id")
                .param(s.id()).query(Long.class).single();
        long lan = fx.registrant(s.id(), "Nguyễn Thị Lan", "lan.gcn@example.vn");
        long tuan = fx.registrant(s.id(), "Trần Minh Tuấn", "tuan.gcn@example.vn");
        fx.attended(s.sessions().get(0), lan, 170, "PRESENT");
        fx.attended(s.sessions().get(1), lan, 160, "LATE");
        String phone = jdbc.sql("SELECT phone FROM training_registration WHERE id = ?").param(lan).query(String.class).single();
        AdminClient admin = manager();
        String base = "/quan-tri/tap-huan/" + s.id() + "/chung-nhan";

        // rules: a bad number is refused and nothing changes; then 100 % of the sessions
        HttpResponse<String> bad = admin.submit(base, base + "/quy-tac", Map.of("cert_min_session_percent", "120"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tỷ lệ buổi tối thiểu phải là số nguyên từ 0 đến 100.");
        assertThat(jdbc.sql("SELECT cert_min_session_percent FROM training_programme WHERE id = ?").param(s.id()).query(Integer.class).single()).isZero();
        assertThat(admin.submit(base, base + "/quy-tac", Map.of("cert_min_session_percent", "100", "cert_min_minutes", "300")).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_programme", s.id(), "training.certificate-rules-updated")).isEqualTo(1);

        // settings
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("number_prefix", "GCN OCOP");
        settings.put("place", "Hà Nội");
        settings.put("kind", "COMPLETED");
        settings.put("issuer", String.valueOf(coorganiser));
        settings.put("signer_title_1", "TM. Ban tổ chức\nGiám đốc");
        settings.put("signer_name_1", "Nguyễn Văn Lợi");
        HttpResponse<String> badPrefix = admin.submit(base, base + "/cai-dat", settings);
        assertThat(badPrefix.statusCode()).isEqualTo(400);
        assertThat(badPrefix.body()).contains("Tiền tố số vào sổ chỉ gồm chữ, số và dấu gạch ngang");
        settings.put("number_prefix", "GCN-OCOP");
        assertThat(admin.submit(base, base + "/cai-dat", settings).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_programme", s.id(), "training.certificate-settings-updated")).isEqualTo(1);

        HttpResponse<String> page = admin.get(base);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thiếu 2 buổi (đã dự 0/2 buổi, cần 2)").contains("Thiếu 300 phút").contains("Nguyễn Thị Lan");

        // without a CSRF token nothing is issued
        assertThat(admin.post(base + "/cap-tat-ca", Map.of()).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM training_certificate WHERE programme_id = ?").param(s.id()).query(Integer.class).single()).isZero();
        // one who does not qualify is refused with the reason
        HttpResponse<String> refused = admin.submit(base, base + "/" + tuan + "/cap", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Chưa đủ điều kiện cấp giấy chứng nhận").contains("Thiếu 2 buổi");
        HttpResponse<String> all = admin.submit(base, base + "/cap-tat-ca", Map.of());
        assertThat(AdminClient.location(all)).endsWith("?tb=da-cap-1");
        assertThat(admin.get(base + "?tb=da-cap-1").body()).contains("Đã cấp 1 giấy chứng nhận.");
        int year = java.time.LocalDate.now(vn.ntm.portal.shared.VietnameseFormat.ZONE).getYear();
        String number = "0001/GCN-OCOP-" + year;
        long certificate = jdbc.sql("SELECT id FROM training_certificate WHERE registration_id = ?").param(lan).query(Long.class).single();

        HttpResponse<byte[]> pdf = new Visitor(port).bytes(base + "/giay/" + certificate + "/pdf");
        assertThat(pdf.statusCode()).as("the PDF is not public").isNotEqualTo(200);
        var adminPdf = admin.get(base + "/giay/" + certificate + "/pdf");
        assertThat(adminPdf.statusCode()).isEqualTo(200);
        assertThat(adminPdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

        // the registrant's page offers the download; the other registrant has none
        Visitor visitor = new Visitor(port);
        String lanPage = "/tap-huan/" + s.slug() + "/dang-ky/" + fx.code(lan);
        assertThat(visitor.get(lanPage).body()).contains("Tải giấy chứng nhận (PDF)").contains(number);
        HttpResponse<byte[]> own = visitor.bytes(lanPage + "/giay-chung-nhan");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdfText(own.body())).contains("NGUYỄNTHỊLAN").contains(number.replace(" ", "")).contains("Đãhoànthành");
        HttpResponse<String> none = visitor.get("/tap-huan/" + s.slug() + "/dang-ky/" + fx.code(tuan) + "/giay-chung-nhan");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("Bạn chưa được cấp giấy chứng nhận");

        // the verification page: what is printed, nothing more
        String token = token(lan);
        HttpResponse<String> verify = visitor.get("/chung-nhan/" + token);
        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
        assertThat(verify.body()).contains("Giấy chứng nhận hợp lệ").contains("Nguyễn Thị Lan").contains("Chuỗi tập huấn thử giấy chứng nhận")
                .contains(number).contains("28/09/2021 – 18/10/2021").contains("<meta name=\"robots\" content=\"noindex\">")
                .doesNotContain("lan.gcn@example.vn").doesNotContain(phone).doesNotContain("HTX Nông nghiệp Tân Phú")
                .doesNotContain(fx.code(lan)).doesNotContain(PersonalCodes.display(fx.code(lan)));
        HttpResponse<String> unknown = visitor.get("/chung-nhan/ABCDEFGHIJKLMNOPQRSTUV");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy giấy chứng nhận nào có mã xác minh này");
        assertThat(visitor.get("/chung-nhan/abc").statusCode()).isEqualTo(404);

        // revoking needs a reason, then the page says it plainly
        HttpResponse<String> noReason = admin.submit(base, base + "/giay/" + certificate + "/thu-hoi", Map.of("ly_do", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Cần ghi lý do thu hồi");
        assertThat(admin.submit(base, base + "/giay/" + certificate + "/thu-hoi", Map.of("ly_do", "Ghi sai họ tên")).statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_certificate", certificate, "training.certificate-revoked")).isEqualTo(1);
        String today = vn.ntm.portal.shared.VietnameseFormat.date(java.time.LocalDate.now(vn.ntm.portal.shared.VietnameseFormat.ZONE));
        HttpResponse<String> revoked = visitor.get("/chung-nhan/" + token);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("Giấy chứng nhận này đã bị thu hồi ngày " + today + ", lý do: Ghi sai họ tên.")
                .doesNotContain("Giấy chứng nhận hợp lệ");
        assertThat(visitor.get(lanPage).body()).doesNotContain("Tải giấy chứng nhận (PDF)");

        // a decision needs a reason; with one, the other registrant is granted and issued a new number
        HttpResponse<String> noWhy = admin.submit(base, base + "/" + tuan + "/quyet-dinh", Map.of("quyet_dinh", "cap", "ly_do", ""));
        assertThat(noWhy.statusCode()).isEqualTo(400);
        assertThat(admin.submit(base, base + "/" + tuan + "/quyet-dinh", Map.of("quyet_dinh", "gi-do", "ly_do", "x")).statusCode()).isEqualTo(400);
        assertThat(admin.submit(base, base + "/" + tuan + "/quyet-dinh", Map.of("quyet_dinh", "cap", "ly_do", "Học tại điểm cầu tỉnh")).statusCode())
                .isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "training_registration", tuan, "training.certificate-override")).isEqualTo(1);
        assertThat(AdminClient.location(admin.submit(base, base + "/cap-tat-ca", Map.of()))).endsWith("?tb=da-cap-2");
        assertThat(jdbc.sql("SELECT register_number FROM training_certificate WHERE programme_id = ? AND revoked_at IS NULL ORDER BY serial")
                .param(s.id()).query(String.class).list()).containsExactly("0002/GCN-OCOP-" + year, "0003/GCN-OCOP-" + year);
        assertThat(admin.get(base + "?loc=da-cap").body()).contains("0002/GCN-OCOP-" + year).contains("0003/GCN-OCOP-" + year)
                .contains("Cấp theo quyết định của ban tổ chức: Học tại điểm cầu tỉnh");
        assertThat(admin.get(base + "?loc=khong-co").statusCode()).isEqualTo(400);
        assertThat(admin.get(base + "?trang=abc").statusCode()).isEqualTo(400);

        // every issued certificate as one PDF, audited
        var printed = admin.get(base + "/tat-ca.pdf");
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(AuditRows.count(jdbc, "training_programme", s.id(), "training.certificates-printed")).isEqualTo(1);

        // e-mail: each recipient once, the PDF attached
        HttpResponse<String> how = admin.submit(base, base + "/gui-thu", Map.of("cach", "bo-cau"));
        assertThat(how.statusCode()).isEqualTo(400);
        assertThat(admin.submit(base, base + "/gui-thu", Map.of("cach", "dinh-kem")).statusCode()).isEqualTo(302);
        long job = jdbc.sql("SELECT id FROM training_certificate_mail_job WHERE programme_id = ?").param(s.id()).query(Long.class).single();
        assertThat(AuditRows.count(jdbc, "training_certificate_mail_job", job, "training.certificates-mail-queued")).isEqualTo(1);
        for (int i = 0; i < 10 && !"DONE".equals(jdbc.sql("SELECT state FROM training_certificate_mail_job WHERE id = ?").param(job)
                .query(String.class).single()); i++) {
            certMail.work();
        }
        assertThat(jdbc.sql("SELECT sent || '/' || total || ' ' || state FROM training_certificate_mail_job WHERE id = ?").param(job)
                .query(String.class).single()).isEqualTo("2/2 DONE");
        assertThat(admin.get(base).body()).contains("2 / 2 đã gửi");
        HttpResponse<String> again = admin.submit(base, base + "/gui-thu", Map.of("cach", "duong-dan"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Không có giấy chứng nhận nào chưa gửi");
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getSubject().equals("Giấy chứng nhận: Chuỗi tập huấn thử giấy chứng nhận")) {
                recipients.add(m.getAllRecipients()[0].toString());
                Multipart parts = (Multipart) m.getContent();
                boolean attached = false;
                for (int i = 0; i < parts.getCount(); i++) {
                    Part part = parts.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        attached = true;
                        assertThat(part.getContentType()).startsWith("application/pdf");
                        assertThat(part.getFileName()).startsWith("giay-chung-nhan-").endsWith(".pdf");
                        assertThat(pdfText(part.getInputStream().readAllBytes())).contains("Sốvàosổ:");
                    }
                }
                assertThat(attached).as("PDF attached").isTrue();
            }
        }
        assertThat(recipients).containsExactlyInAnyOrder("lan.gcn@example.vn", "tuan.gcn@example.vn");
    }

    @Test
    void theVerificationPageIsLimitedPerAddress() throws Exception {
        Visitor visitor = new Visitor(port);
        int last = 0;
        for (int i = 0; i < 121; i++) {
            last = visitor.get("/chung-nhan/ABCDEFGHIJKLMNOPQRSTUV").statusCode();
            if (i < 120) {
                assertThat(last).isEqualTo(404);
            }
        }
        assertThat(last).isEqualTo(429);
        assertThat(new Visitor(port).get("/chung-nhan/ABCDEFGHIJKLMNOPQRSTUV").statusCode()).as("another address").isEqualTo(404);
    }
}
