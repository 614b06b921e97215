/**
 * Citizen Q&A ("Hỏi đáp"): questions filed by anyone at {@code /hoi-dap/dat-cau-hoi} with a tracking
 * code, the public tracking page, the staff back office at {@code /quan-tri/hoi-dap} (assignment, notes,
 * drafting and approval, forwarding, the 15-working-day deadline) and the published FAQ at
 * {@code /hoi-dap}. Its public API is {@link vn.ntm.portal.qa.QaRoles}; the calendar and rules live in
 * {@code domain}, storage and mail in {@code internal}, screens in {@code web}. No other module depends on it.
 */
package vn.ntm.portal.qa;
