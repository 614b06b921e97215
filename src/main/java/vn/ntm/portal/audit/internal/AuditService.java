package vn.ntm.portal.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.portal.audit.Actor;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.audit.AuditEntry;
import vn.ntm.portal.audit.AuditQuery;
import vn.ntm.portal.shared.VietnameseFormat;

/** The audit log in table {@code audit_log}. */
@Service
class AuditService implements AuditApi {

    static final String SYSTEM = "hệ thống";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditService(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
        Long actorId = signedIn && auth.getPrincipal() instanceof Actor a ? a.actorId() : null;
        String actorName = signedIn ? auth.getName() : SYSTEM;
        jdbc.sql("""
                INSERT INTO audit_log (actor_id, actor_name, ip, action, entity_type, entity_id, before, after)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
                .params(actorId, actorName, currentIp(), action, entityType, entityId, toJson(before), toJson(after))
                .update();
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        Where w = where(query);
        return jdbc.sql("SELECT id, at, actor_id, actor_name, ip, action, entity_type, entity_id, before::text AS b, after::text AS a "
                        + "FROM audit_log" + w.sql + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(w.params).param(limit).param(offset)
                .query(AuditService::entry).list();
    }

    @Override
    public long count(AuditQuery query) {
        Where w = where(query);
        return jdbc.sql("SELECT count(*) FROM audit_log" + w.sql).params(w.params).query(Long.class).single();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static Where where(AuditQuery q) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (present(q.actor())) {
            sql.append(" AND lower(actor_name) = lower(?)");
            params.add(q.actor().strip());
        }
        if (present(q.action())) {
            sql.append(" AND action = ?");
            params.add(q.action().strip());
        }
        if (present(q.entityType())) {
            sql.append(" AND entity_type = ?");
            params.add(q.entityType().strip());
        }
        if (present(q.entityId())) {
            sql.append(" AND entity_id = ?");
            params.add(q.entityId().strip());
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(VietnameseFormat.ZONE).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(VietnameseFormat.ZONE).toInstant()));
        }
        return new Where(sql.isEmpty() ? "" : " WHERE" + sql.substring(4), params);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", Long.class),
                rs.getString("actor_name"), rs.getString("ip"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("b"), rs.getString("a"));
    }

    private record Where(String sql, List<Object> params) {
    }
}
