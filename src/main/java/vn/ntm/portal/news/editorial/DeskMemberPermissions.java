package vn.ntm.portal.news.editorial;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Roles per category from {@code news_desk_member}: PHONG_VIEN writes, BIEN_TAP writes, reviews and
 * publishes, QUAN_TRI does everything everywhere. A row without a category covers every category.
 */
@Component
class DeskMemberPermissions implements EditorialPermissions {

    private final JdbcClient jdbc;

    DeskMemberPermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean can(String userId, long categoryId, Capability capability) {
        List<String> roles = jdbc.sql("SELECT role FROM news_desk_member WHERE user_id = ? AND (category_id IS NULL OR category_id = ?)")
                .params(userId, categoryId).query(String.class).list();
        return roles.stream().anyMatch(r -> grants(r, capability));
    }

    @Override
    public boolean isAdministrator(String userId) {
        return jdbc.sql("SELECT count(*) FROM news_desk_member WHERE user_id = ? AND role = 'QUAN_TRI'")
                .param(userId).query(Long.class).single() > 0;
    }

    @Override
    public java.util.Set<Long> categoriesWith(String userId, Capability capability) {
        // a row without a category stands for every category
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT c.id FROM category c JOIN news_desk_member m ON m.category_id = c.id OR m.category_id IS NULL
                        WHERE m.user_id = ? AND m.role = ANY(?)""")
                .params(userId, rolesWith(capability)).query(Long.class).list());
    }

    private static String[] rolesWith(Capability capability) {
        return java.util.stream.Stream.of("QUAN_TRI", "BIEN_TAP", "PHONG_VIEN").filter(r -> grants(r, capability)).toArray(String[]::new);
    }

    static boolean grants(String role, Capability capability) {
        return switch (role) {
            case "QUAN_TRI", "BIEN_TAP" -> true;
            case "PHONG_VIEN" -> capability == Capability.WRITE;
            default -> false;
        };
    }
}
