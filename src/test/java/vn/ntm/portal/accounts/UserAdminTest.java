package vn.ntm.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.internal.UserRow;
import vn.ntm.portal.accounts.internal.UserStore;

/** User management by an administrator, the audit entries it writes, and ending sessions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAdminTest {

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountsApi accounts;

    AdminClient admin;
    String adminName;
    long category;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        adminName = TestUsers.create(users, encoder, Roles.ADMIN);
        admin = new AdminClient(port);
        assertThat(AdminClient.location(admin.signIn(adminName, TestUsers.PASSWORD))).endsWith("/quan-tri");
        category = jdbc.sql("SELECT min(id) FROM category").query(Long.class).single();
    }

    @Test
    void administratorCreatesAUserWithRolesAndCategoryPermissionsAndItIsAudited() throws Exception {
        String name = "pv" + System.nanoTime() % 1_000_000;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", name);
        form.put("password", "Tam-thoi-2026-abc");
        form.put("displayName", "Trần Thị Bình");
        form.put("email", name + "@example.test");
        form.put("enabled", "on");
        form.put("roles", Roles.REPORTER);
        form.put("quyen-" + category + "-CREATE", "on");
        form.put("quyen-" + category + "-EDIT", "on");

        HttpResponse<String> r = admin.submit("/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/moi", form);

        assertThat(r.statusCode()).isEqualTo(302);
        UserRow created = users.findByLogin(name).orElseThrow();
        assertThat(created.roles()).containsExactly(Roles.REPORTER);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(accounts.can(created.id(), category, CategoryAction.CREATE)).isTrue();
        assertThat(accounts.can(created.id(), category, CategoryAction.EDIT)).isTrue();
        assertThat(accounts.can(created.id(), category, CategoryAction.PUBLISH)).isFalse();
        long adminId = users.findByLogin(adminName).orElseThrow().id();
        assertThat(accounts.can(adminId, category, CategoryAction.PUBLISH)).as("administrators may do everything").isTrue();
        var row = jdbc.sql("SELECT actor_name, actor_id, ip, after->>'displayName' AS name, after->'roles'->>0 AS role FROM audit_log "
                        + "WHERE action = 'user.created' AND entity_type = 'user' AND entity_id = ?")
                .param(String.valueOf(created.id())).query().singleRow();
        assertThat(row.get("actor_name")).isEqualTo(adminName);
        assertThat(((Number) row.get("actor_id")).longValue()).isEqualTo(adminId);
        assertThat(row.get("ip")).isEqualTo(admin.ip());
        assertThat(row.get("name")).isEqualTo("Trần Thị Bình");
        assertThat(row.get("role")).isEqualTo(Roles.REPORTER);
        assertThat(admin.get("/quan-tri/nguoi-dung").body()).contains("Trần Thị Bình", "Phóng viên / Cộng tác viên");
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefusedWithAReason() throws Exception {
        String existing = TestUsers.create(users, encoder, Roles.EDITOR);
        Map<String, String> form = Map.of("username", "moi" + System.nanoTime() % 100000, "password", "ngan1",
                "displayName", "A", "email", existing + "@example.test", "roles", Roles.EDITOR);
        HttpResponse<String> r = admin.submit("/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/moi", form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Mật khẩu phải có ít nhất 10 ký tự.");
        HttpResponse<String> taken = admin.submit("/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/moi",
                Map.of("username", existing, "password", "Du-dai-2026-xyz", "displayName", "A", "email", "khac@example.test"));
        assertThat(taken.body()).contains("Tên đăng nhập hoặc e-mail đã được dùng cho tài khoản khác.");
    }

    @Test
    void editingRolesIsAuditedWithBeforeAndAfterAndDisablingEndsTheSessions() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.REPORTER);
        long id = users.findByLogin(name).orElseThrow().id();
        AdminClient user = new AdminClient(port);
        user.signIn(name, TestUsers.PASSWORD);
        assertThat(user.get("/quan-tri").statusCode()).isEqualTo(200);

        HttpResponse<String> r = admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id,
                Map.of("displayName", "Người thử " + name, "email", name + "@example.test", "roles", Roles.EDITOR));

        assertThat(r.statusCode()).isEqualTo(302);
        UserRow after = users.find(id).orElseThrow();
        assertThat(after.enabled()).isFalse();
        assertThat(after.roles()).containsExactly(Roles.EDITOR);
        var audit = jdbc.sql("SELECT before->'roles'->>0 AS b, after->'roles'->>0 AS a, after->>'enabled' AS enabled FROM audit_log "
                + "WHERE action = 'user.updated' AND entity_id = ?").param(String.valueOf(id)).query().singleRow();
        assertThat(audit).containsEntry("b", Roles.REPORTER).containsEntry("a", Roles.EDITOR).containsEntry("enabled", "false");
        assertThat(AdminClient.location(user.get("/quan-tri"))).as("disabled user's session ended").endsWith("/dang-nhap");
        assertThat(AdminClient.location(new AdminClient(port).signIn(name, TestUsers.PASSWORD))).endsWith("loi=vo-hieu");
    }

    @Test
    void signOutEverywhereEndsEveryOtherSessionOfTheUser() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        AdminClient laptop = new AdminClient(port);
        AdminClient phone = new AdminClient(port);
        AdminClient tablet = new AdminClient(port);
        for (AdminClient c : new AdminClient[] {laptop, phone, tablet}) {
            assertThat(AdminClient.location(c.signIn(name, TestUsers.PASSWORD))).endsWith("/quan-tri");
        }
        assertThat(laptop.get("/quan-tri/tai-khoan").body()).contains("<dd data-sessions>3</dd>");

        HttpResponse<String> r = laptop.submit("/quan-tri/tai-khoan", "/quan-tri/tai-khoan/dang-xuat-moi-noi", Map.of());

        assertThat(AdminClient.location(r)).endsWith("/quan-tri/tai-khoan?ok=dang-xuat");
        assertThat(laptop.get("/quan-tri").statusCode()).as("the session that asked stays").isEqualTo(200);
        assertThat(AdminClient.location(phone.get("/quan-tri"))).endsWith("/dang-nhap");
        assertThat(AdminClient.location(tablet.get("/quan-tri"))).endsWith("/dang-nhap");

        long id = users.findByLogin(name).orElseThrow().id();
        admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id + "/dang-xuat", Map.of());
        assertThat(AdminClient.location(laptop.get("/quan-tri"))).as("the administrator ends the last one").endsWith("/dang-nhap");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'user.signed-out-everywhere' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void auditLogIsSearchableAndExportsAsCsv() throws Exception {
        String name = TestUsers.create(users, encoder, Roles.EDITOR);
        long id = users.findByLogin(name).orElseThrow().id();
        admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id, Map.of("displayName", "Lê Văn \"Cường\", tổ 3",
                "email", name + "@example.test", "enabled", "on", "roles", Roles.EDITOR));

        HttpResponse<String> page = admin.get("/quan-tri/nhat-ky?action=user.updated&entityId=" + id + "&actor=" + adminName);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong data-total>1</strong>", "user.updated", "Lê Văn");
        assertThat(admin.get("/quan-tri/nhat-ky?action=user.updated&entityId=" + id + "&actor=nobody").body())
                .contains("<strong data-total>0</strong>");
        assertThat(admin.get("/quan-tri/nhat-ky?from=2000-01-01&to=2000-01-02&entityId=" + id).body())
                .contains("<strong data-total>0</strong>");

        HttpResponse<String> csv = admin.get("/quan-tri/nhat-ky.csv?action=user.updated&entityId=" + id);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("\uFEFFThời điểm,Người thực hiện,Mã người dùng,Địa chỉ IP,Hành động,Đối tượng,Mã đối tượng,Trước,Sau");
        assertThat(lines[1]).contains("," + adminName + ",", ",user.updated,user," + id + ",")
                .contains("\"\"displayName\"\": \"\"Lê Văn \\\"\"Cường\\\"\", tổ 3\"\"");
    }
}
