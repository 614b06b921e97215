package vn.ntm.portal.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.accounts.CategoryAction;

/** Users, their roles and per-category permissions. */
@Repository
public class UserStore {

    private static final String SELECT = """
            SELECT u.id, u.username, u.email, u.display_name, u.password_hash, u.enabled, u.must_change_password,
                   u.totp_secret, coalesce(array_agg(r.role_code ORDER BY r.role_code) FILTER (WHERE r.role_code IS NOT NULL), '{}') AS roles
            FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id""";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By user name or e-mail address, ignoring case. */
    public Optional<UserRow> findByLogin(String login) {
        return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(:l) OR lower(u.email) = lower(:l) GROUP BY u.id")
                .param("l", login.strip()).query(UserStore::row).optional();
    }

    public Optional<UserRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ? GROUP BY u.id").param(id).query(UserStore::row).optional();
    }

    public List<UserRow> all() {
        return jdbc.sql(SELECT + " GROUP BY u.id ORDER BY lower(u.display_name), u.id").query(UserStore::row).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public boolean taken(String username, String email, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE id <> ? AND (lower(username) = lower(?) OR lower(email) = lower(?))")
                .params(exceptId, username, email).query(Long.class).single() > 0;
    }

    /** Role codes and names, in the order of the table's codes. */
    public Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM role ORDER BY CASE code WHEN 'QUAN_TRI' THEN 0 WHEN 'BIEN_TAP' THEN 1 WHEN 'PHONG_VIEN' THEN 2 ELSE 3 END, code")
                .query(rs -> {
                    roles.put(rs.getString(1), rs.getString(2));
                });
        return roles;
    }

    @Transactional
    public long create(String username, String email, String displayName, String passwordHash, boolean mustChange,
                       Collection<String> roles) {
        long id = jdbc.sql("""
                INSERT INTO app_user (username, email, display_name, password_hash, must_change_password)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(username, email, displayName, passwordHash, mustChange).query(Long.class).single();
        setRoles(id, roles);
        return id;
    }

    @Transactional
    public void update(long id, String email, String displayName, boolean enabled, Collection<String> roles) {
        jdbc.sql("UPDATE app_user SET email = ?, display_name = ?, enabled = ?, updated_at = now() WHERE id = ?")
                .params(email, displayName, enabled, id).update();
        setRoles(id, roles);
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ?, updated_at = now() WHERE id = ?")
                .params(passwordHash, mustChange, id).update();
    }

    /** Turns two-step verification off (the last accepted step is kept, so old codes stay spent). */
    public void clearTotpSecret(long id) {
        jdbc.sql("UPDATE app_user SET totp_secret = NULL, updated_at = now() WHERE id = ?").param(id).update();
    }

    /**
     * Enrols the user with the secret whose code for {@code step} was just typed, spending that step;
     * false (and nothing changed) when a step this late was already accepted for the user.
     */
    public boolean enrolTotp(long id, String secret, long step) {
        return jdbc.sql("""
                UPDATE app_user SET totp_secret = ?, totp_last_step = ?, updated_at = now()
                WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)""")
                .params(secret, step, id, step).update() == 1;
    }

    /**
     * Spends the TOTP time step of a code accepted at sign-in: true only for a step later than any
     * accepted before. One conditional UPDATE, so of two nodes given the same code only one accepts it.
     */
    public boolean acceptTotpStep(long id, long step) {
        return jdbc.sql("""
                UPDATE app_user SET totp_last_step = ?
                WHERE id = ? AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)""")
                .params(step, id, step).update() == 1;
    }

    private void setRoles(long id, Collection<String> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(id).update();
        for (String role : new TreeSet<>(roles)) {
            jdbc.sql("INSERT INTO user_role (user_id, role_code) VALUES (?, ?)").params(id, role).update();
        }
    }

    /** The user's permissions by category id. */
    public Map<Long, Set<CategoryAction>> permissions(long userId) {
        Map<Long, Set<CategoryAction>> result = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM category_permission WHERE user_id = ? ORDER BY category_id").param(userId).query(rs -> {
            Set<CategoryAction> actions = EnumSet.noneOf(CategoryAction.class);
            for (CategoryAction a : CategoryAction.values()) {
                if (rs.getBoolean(a.column())) {
                    actions.add(a);
                }
            }
            result.put(rs.getLong("category_id"), actions);
        });
        return result;
    }

    @Transactional
    public void setPermissions(long userId, Map<Long, Set<CategoryAction>> permissions) {
        jdbc.sql("DELETE FROM category_permission WHERE user_id = ?").param(userId).update();
        permissions.forEach((categoryId, actions) -> {
            if (!actions.isEmpty()) {
                jdbc.sql("""
                        INSERT INTO category_permission (user_id, category_id, can_create, can_approve, can_publish, can_edit, can_delete)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(userId, categoryId, actions.contains(CategoryAction.CREATE), actions.contains(CategoryAction.APPROVE),
                                actions.contains(CategoryAction.PUBLISH), actions.contains(CategoryAction.EDIT),
                                actions.contains(CategoryAction.DELETE)).update();
            }
        });
    }

    public boolean granted(long userId, long categoryId, CategoryAction action) {
        return jdbc.sql("SELECT count(*) FROM category_permission WHERE user_id = ? AND category_id = ? AND " + action.column())
                .params(userId, categoryId).query(Long.class).single() > 0;
    }

    /** Categories (id, name) for the permission grid. */
    public Map<Long, String> categories() {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM category ORDER BY position, name").query(rs -> {
            result.put(rs.getLong(1), rs.getString(2));
        });
        return result;
    }

    private static UserRow row(ResultSet rs, int n) throws SQLException {
        String[] roles = (String[]) rs.getArray("roles").getArray();
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getString("totp_secret"), Set.copyOf(new TreeSet<>(Arrays.asList(roles))));
    }
}
