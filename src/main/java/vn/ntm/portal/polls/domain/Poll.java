package vn.ntm.portal.polls.domain;

import java.time.Instant;
import java.util.List;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * A poll as stored. {@code closesAt} null means open until closed by hand. Single choice has {@code maxChoices} 1.
 */
public record Poll(long id, String slug, String question, String description, boolean multiple, int maxChoices,
                   Instant opensAt, Instant closesAt, boolean membersOnly, ResultVisibility visibility, boolean featured,
                   List<PollOption> options) {

    public static final String PATH = "/tham-do";

    public Poll {
        options = List.copyOf(options);
    }

    public PollStatus status(Instant now) {
        if (now.isBefore(opensAt)) {
            return PollStatus.UPCOMING;
        }
        return closesAt != null && !now.isBefore(closesAt) ? PollStatus.CLOSED : PollStatus.OPEN;
    }

    public String path() {
        return PATH + "/" + slug;
    }

    public String voteAction() {
        return path() + "/binh-chon";
    }

    /** "Chọn một phương án" / "Chọn tối đa 3 phương án". */
    public String modeText() {
        return multiple ? "Chọn tối đa " + maxChoices + " phương án" : "Chọn một phương án";
    }

    /** "Từ 01/12/2026 08:00 đến 31/12/2026 17:00", or "Từ … (chưa định ngày kết thúc)". */
    public String periodText() {
        String from = "Từ " + VietnameseFormat.dateTime(opensAt);
        return closesAt == null ? from + " (chưa định ngày kết thúc)" : from + " đến " + VietnameseFormat.dateTime(closesAt);
    }
}
