package vn.ntm.portal.stats;

import java.util.UUID;

/**
 * The visitor behind a request, from the signed visitor cookie.
 *
 * @param id        stable id kept in the cookie; {@code null} when the request carried no valid cookie
 *                  (a fresh id is then issued in the response, but a vote needs the cookie back first)
 * @param bot       the user agent matched a bot pattern
 * @param newVisit  this request starts a visit (first request after 30 minutes of inactivity)
 * @param ip        client address
 */
public record Visitor(UUID id, boolean bot, boolean newVisit, String ip) {

    /** True when the request proved it holds a visitor cookie we issued earlier. */
    public boolean known() {
        return id != null;
    }
}
