package vn.ntm.portal.media.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.AuditRows;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.uploads.Samples;
import vn.ntm.portal.uploads.StoredImage;
import vn.ntm.portal.uploads.UploadsApi;

/**
 * Links and banners against the whole application over HTTP with real sign-in: an administrator adds a
 * banner with an image from the media library and the public sidebar shows it; bad input is a 400 with
 * the Vietnamese reason and no row; editors and reporters are refused; every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkAdminTest {

    private static final String PATH = "/quan-tri/lien-ket";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UploadsApi uploads;

    AdminClient admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void adminAddsABannerWithALibraryImageAndTheSidebarShowsItThenEditsAndDeletes() throws Exception {
        StoredImage image = uploads.storeImage("banner.jpg", new ByteArrayInputStream(Samples.jpeg(600, 160)), "Banner", "tester");
        assertThat(admin.get(PATH + "/moi").body()).as("the form offers the library's newest images")
                .contains("<option value=\"" + image.id() + "\"");
        String url = "https://so-nn.example.gov.vn/" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = form("Sở Nông nghiệp", url, String.valueOf(image.id()), "Biểu trưng Sở Nông nghiệp", "",
                LocalDate.now().plusDays(30).toString());
        HttpResponse<String> created = admin.submit(PATH + "/moi", PATH + "/moi", form);
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(jdbc.sql("SELECT image_path FROM link_banner WHERE id = ?").param(id).query(String.class).single()).isEqualTo(image.url());
        assertThat(audits(id, "link.created")).isEqualTo(1);
        new AdminClient(port).eventually("/", body -> body.contains("href=\"" + url + "\"") && body.contains("alt=\"Biểu trưng Sở Nông nghiệp\""));
        assertThat(admin.get(PATH).body()).contains("Sở Nông nghiệp", url);

        // an end date in the past takes it off the sidebar
        Map<String, String> ended = form("Sở Nông nghiệp", url, "", "Biểu trưng Sở Nông nghiệp",
                LocalDate.now().minusDays(10).toString(), LocalDate.now().minusDays(1).toString());
        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, ended).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT image_path FROM link_banner WHERE id = ?").param(id).query(String.class).single())
                .as("the image is kept when no new one is chosen").isEqualTo(image.url());
        assertThat(audits(id, "link.updated")).isEqualTo(1);
        new AdminClient(port).eventually("/", body -> !body.contains("href=\"" + url + "\""));

        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM link_banner WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(audits(id, "link.deleted")).isEqualTo(1);
    }

    @Test
    void badLinksAreRefusedWithTheReasonAndNothingStored() throws Exception {
        long before = links();
        StoredImage image = uploads.storeImage("b.png", new ByteArrayInputStream(Samples.png(300, 80)), "B", "tester");
        HttpResponse<String> refused = admin.submit(PATH + "/moi", PATH + "/moi",
                form("Liên kết", "http://khong-an-toan.example", String.valueOf(image.id()), "", "2026-05-10", "2026-05-01"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Địa chỉ liên kết phải là một URL https:// hợp lệ",
                "Cần nhập mô tả ảnh (văn bản thay thế) khi liên kết có ảnh.",
                "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
        for (String bad : List.of("javascript:alert(1)", "https://", "https://a b.example")) {
            assertThat(admin.submit(PATH + "/moi", PATH + "/moi", form("X", bad, "", "", "", "")).statusCode()).as(bad).isEqualTo(400);
        }
        HttpResponse<String> noImage = admin.submit(PATH + "/moi", PATH + "/moi", form("", "https://a.example", "987654321", "x", "ngày", ""));
        assertThat(noImage.statusCode()).isEqualTo(400);
        assertThat(noImage.body()).contains("Tiêu đề không được để trống", "Không tìm thấy ảnh số 987654321 trong thư viện ảnh.",
                "Ngày bắt đầu không hợp lệ");
        assertThat(links()).isEqualTo(before);
    }

    @Test
    void editorsAndReportersAreRefused() throws Exception {
        for (String role : List.of("BIEN_TAP", "PHONG_VIEN")) {
            AdminClient user = new AdminClient(port);
            assertThat(user.signIn(TestUsers.create(users, encoder, role), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
            assertThat(user.get(PATH).statusCode()).isEqualTo(403);
            String token = AdminClient.csrf(user.get("/quan-tri/tai-khoan").body());
            Map<String, String> f = new LinkedHashMap<>(form("X", "https://x.example", "", "", "", ""));
            f.put("_csrf", token);
            long before = links();
            assertThat(user.post(PATH + "/moi", f).statusCode()).isEqualTo(403);
            assertThat(links()).isEqualTo(before);
        }
    }

    private static Map<String, String> form(String title, String url, String imageId, String alt, String start, String end) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("url", url);
        f.put("imageId", imageId);
        f.put("imageAlt", alt);
        f.put("position", "-100");
        f.put("startsOn", start);
        f.put("endsOn", end);
        return f;
    }


    private long links() {
        return jdbc.sql("SELECT count(*) FROM link_banner").query(Long.class).single();
    }

    private long audits(long id, String action) {
        return AuditRows.count(jdbc, "link_banner", id, action);
    }

}
