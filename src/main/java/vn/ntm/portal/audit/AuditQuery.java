package vn.ntm.portal.audit;

import java.time.LocalDate;

/** Filters of the audit log; null or blank means "any". Dates are inclusive, in Vietnam's time zone. */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
