package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.ExcludedRange;
import vn.ntm.portal.stats.StatsExclusions;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.web.UserInputException;

/** Requests from an excluded address range count nothing; once the range is removed they count again. */
class ExclusionTest extends StatsDatabaseTest {

    @Autowired StatsExclusions exclusions;

    @Test
    void anExcludedAddressCountsNothingUntilItsRangeIsRemoved() throws Exception {
        ExcludedRange range = exclusions.add("10.77.0.0/16", "Mạng nội bộ (thử)", "test");
        ExcludedRange v6 = exclusions.add("2001:db8:77::/48", "Mạng nội bộ IPv6 (thử)", "test");
        exclusions.refresh();
        try {
            long[] before = totals();
            long article = newArticle();
            MockHttpServletResponse first = get("10.77.5.9", null);
            String cookie = first.getCookie(VisitorCookie.NAME).getValue();
            get("2001:db8:77::1", null);
            stats.articleViewed(article, new Visitor(idOf(cookie), false, false, "10.77.5.9"));
            stats.documentViewed(42, new Visitor(idOf(cookie), false, false, "10.77.5.9"));
            flusher.flush();

            assertThat(totals()).as("visits, page views, dimensions, items").containsExactly(before);
            assertThat(viewCount(article)).isZero();
            assertThat(online(idOf(cookie))).isZero();
            assertThat(stats.excluded(new Visitor(null, false, false, "10.77.200.1"))).isTrue();
            assertThat(stats.excluded(new Visitor(null, false, false, "10.78.0.1"))).isFalse();
        } finally {
            assertThat(exclusions.remove(range.id())).isPresent();
            assertThat(exclusions.remove(v6.id())).isPresent();
            exclusions.refresh();
        }
        long[] before = totals();
        MockHttpServletResponse again = get("10.77.5.9", null);
        flusher.flush();
        long[] after = totals();
        assertThat(after[0] - before[0]).as("visit").isEqualTo(1);
        assertThat(after[1] - before[1]).as("page view").isEqualTo(1);
        assertThat(after[2] - before[2]).as("four dimensions").isEqualTo(4);
        assertThat(online(idOf(again.getCookie(VisitorCookie.NAME).getValue()))).isEqualTo(1);
    }

    @Test
    void rangesAreValidatedNormalisedAndUnique() {
        ExcludedRange v6 = exclusions.add(" 2001:db8:1:2::9/64 ", "", "test");
        try {
            assertThat(v6.cidr()).isEqualTo("2001:db8:1:2::/64");
            assertThatThrownBy(() -> exclusions.add("2001:db8:1:2::/64", "", "test"))
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.status()).isEqualTo(409))
                    .hasMessageContaining("đã có trong danh sách loại trừ");
            assertThatThrownBy(() -> exclusions.add("mang-noi-bo", "", "test"))
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.status()).isEqualTo(400));
            assertThatThrownBy(() -> exclusions.add("10.0.0.0/8", "x".repeat(201), "test"))
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.status()).isEqualTo(400));
            assertThat(exclusions.list()).extracting(ExcludedRange::cidr).contains("2001:db8:1:2::/64").doesNotContain("10.0.0.0/8");
        } finally {
            exclusions.remove(v6.id());
            exclusions.refresh();
        }
    }

    private MockHttpServletResponse get(String ip, String cookie) throws Exception {
        MockHttpServletRequest request = request("/", CHROME, cookie);
        request.setRemoteAddr(ip);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private long[] totals() {
        LocalDate today = LocalDate.now(VietnameseFormat.ZONE);
        return new long[] {visits(true) + visits(false), pageViews(true) + pageViews(false),
                jdbc.sql("SELECT coalesce(sum(visits), 0) FROM stats_daily_dimension WHERE day = ?").param(today).query(Long.class).single(),
                jdbc.sql("SELECT coalesce(sum(views), 0) FROM stats_daily_item WHERE day = ?").param(today).query(Long.class).single()};
    }

    private long online(UUID id) {
        return jdbc.sql("SELECT count(*) FROM stats_online WHERE visitor_id = ?").param(id).query(Long.class).single();
    }
}
