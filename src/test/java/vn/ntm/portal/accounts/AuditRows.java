package vn.ntm.portal.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts audit-log rows in tests. */
public final class AuditRows {

    private AuditRows() {
    }

    public static long count(JdbcClient jdbc, String entityType, long entityId, String action) {
        return count(jdbc, entityType, String.valueOf(entityId), action);
    }

    public static long count(JdbcClient jdbc, String entityType, String entityId, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action = ?")
                .params(entityType, entityId, action).query(Long.class).single();
    }
}
