package vn.ntm.portal.statsadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
import vn.ntm.portal.stats.StatsExclusions;

/**
 * The back-office statistics over HTTP with real sign-in: the detailed report (bots apart, page views,
 * "hữu ích" votes) for editors, and the excluded ranges for administrators, each change audited, bad input a
 * Vietnamese 400 or 409 with nothing written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatsAdminTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StatsExclusions exclusions;

    @AfterEach
    void removeRanges() {
        jdbc.sql("DELETE FROM stats_excluded_range WHERE note LIKE 'stats-admin-test%'").update();
        exclusions.refresh();
    }

    @Test
    void editorsSeeHumansAndBotsApartWithVotes() throws Exception {
        AdminClient editor = new AdminClient(port);
        assertThat(editor.signIn(TestUsers.create(users, encoder, "BIEN_TAP"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> page = editor.get("/quan-tri/thong-ke?khoang=nam-nay");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lượt truy cập (người)", "Lượt xem trang (máy)", "Hữu ích: Có", "data-table=\"huu-ich\"",
                "action=\"/quan-tri/thong-ke\"", "/quan-tri/thong-ke/tai-ve?bang=");
        HttpResponse<String> csv = editor.get("/quan-tri/thong-ke/tai-ve?bang=theo-thang&khoang=nam-nay&dinh-dang=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFTháng,Lượt truy cập (người),Lượt xem trang (người),Lượt truy cập (máy),Lượt xem trang (máy)");
        assertThat(editor.get("/quan-tri/thong-ke?tu=32/01/2026").statusCode()).isEqualTo(400);
        assertThat(editor.get("/quan-tri/thong-ke/loai-tru").statusCode()).as("exclusions are for administrators").isEqualTo(403);
    }

    @Test
    void administratorsAddAndRemoveRangesAudited() throws Exception {
        AdminClient admin = new AdminClient(port);
        assertThat(admin.signIn(TestUsers.create(users, encoder, "QUAN_TRI"), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        String path = "/quan-tri/thong-ke/loai-tru";

        HttpResponse<String> added = admin.submit(path, path, Map.of("cidr", "198.51.100.77/24", "note", "stats-admin-test văn phòng"));
        assertThat(added.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM stats_excluded_range WHERE cidr = '198.51.100.0/24'::cidr").query(Long.class).single();
        assertThat(AuditRows.count(jdbc, "stats_excluded_range", id, "stats.exclusion.added")).isEqualTo(1);
        assertThat(exclusions.excluded("198.51.100.3")).as("applies on this node at once").isTrue();
        assertThat(admin.get(path + "?tb=da-them").body()).contains("198.51.100.0/24", "stats-admin-test văn phòng",
                "Đã thêm dải địa chỉ");

        HttpResponse<String> duplicate = admin.submit(path, path, Map.of("cidr", "198.51.100.0/24", "note", "stats-admin-test 2"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("đã có trong danh sách loại trừ");
        HttpResponse<String> bad = admin.submit(path, path, Map.of("cidr", "mạng văn phòng", "note", "stats-admin-test 3"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("không phải địa chỉ IPv4 hoặc IPv6 hợp lệ", "value=\"mạng văn phòng\"");
        assertThat(jdbc.sql("SELECT count(*) FROM stats_excluded_range WHERE note LIKE 'stats-admin-test%'").query(Long.class).single())
                .isEqualTo(1);

        HttpResponse<String> removed = admin.submit(path, path + "/" + id + "/xoa", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(AuditRows.count(jdbc, "stats_excluded_range", id, "stats.exclusion.removed")).isEqualTo(1);
        assertThat(exclusions.excluded("198.51.100.3")).isFalse();
        assertThat(admin.submit(path, path + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(404);
    }
}
