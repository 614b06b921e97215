package vn.ntm.portal.news.editorial;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/** Writes the audit trail to the log until the audit module's AuditApi takes over. */
@Component
@ConditionalOnMissingBean(value = EditorialAudit.class, ignored = LoggingEditorialAudit.class)
class LoggingEditorialAudit implements EditorialAudit {

    private static final Logger log = LoggerFactory.getLogger("vn.ntm.portal.audit.news");

    @Override
    public void record(String actor, String action, String entityType, String entityId, String before, String after) {
        log.info("{} {} {} {}: {} -> {}", actor, action, entityType, entityId, before, after);
    }
}
