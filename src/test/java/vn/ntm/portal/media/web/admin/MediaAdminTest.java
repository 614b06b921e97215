package vn.ntm.portal.media.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/**
 * Songs and videos against the whole application over HTTP with real sign-in: an administrator adds a
 * video and the public sidebar plays it; only youtube-nocookie embeds and /uploads/ paths are taken; other
 * roles are refused; every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaAdminTest {

    private static final String PATH = "/quan-tri/media";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    AdminClient admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void adminAddsAVideoAndTheSidebarShowsItThenHidesAndDeletesIt() throws Exception {
        String videoId = UUID.randomUUID().toString().replace("-", "").substring(0, 11);
        String embed = "https://www.youtube-nocookie.com/embed/" + videoId;
        String title = "Làng quê đổi mới " + videoId;
        HttpResponse<String> created = admin.submit(PATH + "/moi", PATH + "/moi", form(title, "VIDEO", embed, true));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = AdminClient.idFrom(created);
        assertThat(jdbc.sql("SELECT embed_url FROM media_item WHERE id = ?").param(id).query(String.class).single()).isEqualTo(embed);
        assertThat(audits(id, "media.created")).isEqualTo(1);
        new AdminClient(port).eventually("/", body -> body.contains("src=\"" + embed + "\"") && body.contains(title));
        assertThat(admin.get(PATH).body()).contains(title, embed);

        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id, form(title, "AUDIO", "/uploads/demo/bai-hat.mp3", false))
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT file_path FROM media_item WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("/uploads/demo/bai-hat.mp3");
        assertThat(audits(id, "media.updated")).isEqualTo(1);
        new AdminClient(port).eventually("/", body -> !body.contains(title));

        assertThat(admin.submit(PATH + "/" + id, PATH + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM media_item WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(audits(id, "media.deleted")).isEqualTo(1);
    }

    @Test
    void onlyPrivacyEnhancedEmbedsAndUploadPathsAreTaken() throws Exception {
        long before = items();
        for (String bad : List.of("https://www.youtube.com/embed/dQw4w9WgXcQ", "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", "https://evil.example/uploads/a.mp3",
                "/uploads/../etc/passwd", "javascript:alert(1)", "")) {
            HttpResponse<String> refused = admin.submit(PATH + "/moi", PATH + "/moi", form("Bài hát", "VIDEO", bad, true));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("Nguồn phải là địa chỉ nhúng https://www.youtube-nocookie.com/embed/");
        }
        HttpResponse<String> refused = admin.submit(PATH + "/moi", PATH + "/moi", form("", "PODCAST", "/uploads/a.mp3", true));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tiêu đề không được để trống", "Loại phải là bài hát (âm thanh) hoặc video.");
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void editorsAndReportersAreRefused() throws Exception {
        for (String role : List.of("BIEN_TAP", "PHONG_VIEN")) {
            AdminClient user = new AdminClient(port);
            assertThat(user.signIn(TestUsers.create(users, encoder, role), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
            assertThat(user.get(PATH).statusCode()).isEqualTo(403);
            Map<String, String> f = new LinkedHashMap<>(form("X", "AUDIO", "/uploads/x.mp3", true));
            f.put("_csrf", AdminClient.csrf(user.get("/quan-tri/tai-khoan").body()));
            long before = items();
            assertThat(user.post(PATH + "/moi", f).statusCode()).isEqualTo(403);
            assertThat(items()).isEqualTo(before);
        }
    }

    private static Map<String, String> form(String title, String kind, String source, boolean published) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("kind", kind);
        f.put("source", source);
        f.put("description", "");
        f.put("position", "-1000");
        if (published) {
            f.put("published", "on");
        }
        return f;
    }


    private long items() {
        return jdbc.sql("SELECT count(*) FROM media_item").query(Long.class).single();
    }

    private long audits(long id, String action) {
        return AuditRows.count(jdbc, "media_item", id, action);
    }

}
