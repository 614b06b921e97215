package vn.ntm.portal.audit;

import java.util.List;

/** Records and reads the audit log. */
public interface AuditApi {

    /**
     * Records a change by the current user (from the SecurityContext; "hệ thống" when none) and the
     * current request's address. {@code before}/{@code after} are stored as JSON; either may be null.
     */
    void record(String action, String entityType, String entityId, Object before, Object after);

    /** Entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
