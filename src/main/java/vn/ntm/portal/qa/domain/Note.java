package vn.ntm.portal.qa.domain;

import java.time.Instant;
import vn.ntm.portal.shared.VietnameseFormat;

/** An internal note of the staff on a question; never public. */
public record Note(long id, String author, String body, Instant createdAt) {

    public String createdAtText() {
        return VietnameseFormat.dateTime(createdAt);
    }
}
