/**
 * Polls ("Thăm dò ý kiến"): questions with options, single or multiple choice, a voting window, public or for
 * signed-in accounts only, and a rule for when results are shown. Ballots are insert-only rows (one transaction per
 * vote), one per visitor cookie or per account, with a per-address limit counted in the database. Public pages under
 * {@code /tham-do}, the "Thăm dò ý kiến" sidebar block, and the back office under {@code /quan-tri/tham-do}.
 * Depends on {@code web}, {@code stats}, {@code accounts}, {@code audit} and {@code shared}; nothing depends on it.
 */
package vn.ntm.portal.polls;
