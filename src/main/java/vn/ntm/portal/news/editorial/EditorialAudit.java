package vn.ntm.portal.news.editorial;

/** Where every back-office action on articles is recorded (the audit module once it is wired in). */
public interface EditorialAudit {

    void record(String actor, String action, String entityType, String entityId, String before, String after);
}
