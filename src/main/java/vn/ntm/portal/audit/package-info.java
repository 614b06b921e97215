/**
 * The audit log: who changed what, when and from where. Other modules call
 * {@link vn.ntm.portal.audit.AuditApi}; the screen {@code /quan-tri/nhat-ky} is part of the back office
 * (module accounts), which reads the log through the same API. This module depends on no other.
 */
package vn.ntm.portal.audit;
