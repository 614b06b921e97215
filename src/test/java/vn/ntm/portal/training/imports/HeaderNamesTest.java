package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    @Test
    void normalisesCaseSpacesColonsBomAndDiacritics() {
        assertThat(HeaderNames.normalise("  Join   Time: ")).isEqualTo("join time");
        assertThat(HeaderNames.normalise("\uFEFFName (Original Name)")).isEqualTo("name (original name)");
        assertThat(HeaderNames.normalise("Report Generated:")).isEqualTo("report generated");
        assertThat(HeaderNames.normalise("Lượt\u00A0xem")).isEqualTo("luot xem");
        assertThat(HeaderNames.normalise(null)).isEmpty();
    }

    @Test
    void mapsEveryZoomVariantToItsFieldAndKeepsTheOriginalText() {
        String[] classic = {"Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"};
        String[] sentence = {"Name (original name)", "Email", "Join time", "Leave time", "Time in Session (minutes)", "Guest"};
        for (String[] cells : List.of(classic, sentence)) {
            Header<ZoomMeetingParser.Column> h = Header.of(1, cells, ZoomMeetingParser.Column.class, ZoomMeetingParser.COLUMNS);
            assertThat(h.index(ZoomMeetingParser.Column.NAME)).isEqualTo(0);
            assertThat(h.index(ZoomMeetingParser.Column.EMAIL)).isEqualTo(1);
            assertThat(h.index(ZoomMeetingParser.Column.DURATION)).isEqualTo(4);
            assertThat(h.original(ZoomMeetingParser.Column.JOIN)).isEqualTo(cells[2]);
            assertThat(h.extras()).isEmpty();
        }
        Header<ZoomWebinarParser.Summary> s = Header.of(3, new String[] {"Topic", "# Registrants"}, ZoomWebinarParser.Summary.class,
                ZoomWebinarParser.SUMMARY);
        assertThat(s.index(ZoomWebinarParser.Summary.REGISTERED)).isEqualTo(1);
    }

    @Test
    void keepsUnknownColumnsAsExtrasAndIgnoresEmptyTrailingHeaders() {
        Header<ZoomMeetingParser.Column> h = Header.of(4, new String[] {"User Name", "Tỉnh/Thành phố", "", " "},
                ZoomMeetingParser.Column.class, ZoomMeetingParser.COLUMNS);
        assertThat(h.extras()).containsExactly(new Header.Extra(1, "Tỉnh/Thành phố"));
        assertThat(h.missingError(List.of(ZoomMeetingParser.Column.JOIN, ZoomMeetingParser.Column.LEAVE), c -> c.label).message())
                .isEqualTo("Dòng 4: thiếu cột bắt buộc \"Join Time\", \"Leave Time\".");
        assertThat(Header.looksLikeHeader(new String[] {"a", "b"}, Map.of("a", ZoomMeetingParser.Column.NAME), 2)).isFalse();
    }
}
