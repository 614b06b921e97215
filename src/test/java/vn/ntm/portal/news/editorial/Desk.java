package vn.ntm.portal.news.editorial;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test users of the news desk as accounts rows: two reporters who may write in one category, an editor who
 * may also approve and publish there, and an administrator. New accounts per test, so tests never share one.
 */
final class Desk {

    final Actor author;
    final Actor otherAuthor;
    final Actor editor;
    final Actor admin;
    final long category;
    final long otherCategory;

    Desk(JdbcClient jdbc) {
        var ids = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 2").query(Long.class).list();
        category = ids.get(0);
        otherCategory = ids.get(1);
        author = user(jdbc, "Nguyễn Văn Phóng", "PHONG_VIEN", "true, false, false");
        otherAuthor = user(jdbc, "Trần Thị Viên", "PHONG_VIEN", "true, false, false");
        editor = user(jdbc, "Lê Biên Tập", "BIEN_TAP", "true, true, true");
        admin = user(jdbc, "Phạm Quản Trị", "QUAN_TRI", null);
    }

    private Actor user(JdbcClient jdbc, String name, String role, String createApprovePublish) {
        String login = "desk-" + UUID.randomUUID();
        long id = jdbc.sql("INSERT INTO app_user (username, email, display_name, password_hash) VALUES (?, ?, ?, 'x') RETURNING id")
                .params(login, login + "@example.test", name).query(Long.class).single();
        jdbc.sql("INSERT INTO user_role (user_id, role_code) VALUES (?, ?)").params(id, role).update();
        if (createApprovePublish != null) {
            jdbc.sql("INSERT INTO category_permission (user_id, category_id, can_create, can_approve, can_publish) VALUES (?, ?, "
                    + createApprovePublish + ")").params(id, category).update();
        }
        return new Actor(String.valueOf(id), name);
    }

    ArticleInput input(String title, String body) {
        return new ArticleInput(title, "Sa pô của bài", body, category, "Phóng viên", null, ExpiryAction.ARCHIVE);
    }
}
