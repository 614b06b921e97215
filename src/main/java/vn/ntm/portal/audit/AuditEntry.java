package vn.ntm.portal.audit;

import java.time.Instant;

/** One row of the audit log; before/after as JSON text (null when absent). */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, String ip, String action,
                         String entityType, String entityId, String before, String after) {
}
