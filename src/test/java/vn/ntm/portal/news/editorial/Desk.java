package vn.ntm.portal.news.editorial;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test users of the news desk, fresh ids per test so tests never see each other's grants. */
final class Desk {

    final Actor author;
    final Actor otherAuthor;
    final Actor editor;
    final Actor admin;
    final long category;
    final long otherCategory;

    Desk(JdbcClient jdbc) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        author = new Actor("pv-" + run, "Nguyễn Văn Phóng");
        otherAuthor = new Actor("pv2-" + run, "Trần Thị Viên");
        editor = new Actor("bt-" + run, "Lê Biên Tập");
        admin = new Actor("qt-" + run, "Phạm Quản Trị");
        var ids = jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 2").query(Long.class).list();
        category = ids.get(0);
        otherCategory = ids.get(1);
        grant(jdbc, author, category, "PHONG_VIEN");
        grant(jdbc, otherAuthor, category, "PHONG_VIEN");
        grant(jdbc, editor, category, "BIEN_TAP");
        grant(jdbc, admin, null, "QUAN_TRI");
    }

    private static void grant(JdbcClient jdbc, Actor a, Long category, String role) {
        jdbc.sql("INSERT INTO news_desk_member (user_id, category_id, role) VALUES (?, ?, ?)").params(a.id(), category, role).update();
    }

    ArticleInput input(String title, String body) {
        return new ArticleInput(title, "Sa pô của bài", body, category, "Phóng viên", null, ExpiryAction.ARCHIVE);
    }
}
