package vn.ntm.portal.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.portal.stats.Visitor;

/** Article views: once per visitor per article per 30 minutes, on one node and across nodes. */
class ArticleViewTest extends StatsDatabaseTest {

    @Test
    void aVisitorsRepeatedViewsCountOnce() {
        long article = newArticle();
        Visitor reader = new Visitor(UUID.randomUUID(), false, false, "10.1.1.1");
        Visitor other = new Visitor(UUID.randomUUID(), false, true, "10.1.1.2");

        stats.articleViewed(article, reader);
        stats.articleViewed(article, reader);
        stats.articleViewed(article, other);
        assertThat(stats.pendingArticleViews(article)).isEqualTo(2);
        flusher.flush();
        stats.articleViewed(article, reader);
        flusher.flush();

        assertThat(viewCount(article)).isEqualTo(2);
        assertThat(stats.pendingArticleViews(article)).isZero();
    }

    @Test
    void botsNeverCount() {
        long article = newArticle();

        stats.articleViewed(article, new Visitor(UUID.randomUUID(), true, true, "66.249.66.1"));
        stats.articleViewed(article, new Visitor(null, true, true, "66.249.66.2"));
        flusher.flush();

        assertThat(stats.pendingArticleViews(article)).isZero();
        assertThat(viewCount(article)).isZero();
    }

    @Test
    void readersWithoutACookieAreTellApartByAddress() {
        long article = newArticle();

        stats.articleViewed(article, new Visitor(null, false, true, "10.2.2.1"));
        stats.articleViewed(article, new Visitor(null, false, true, "10.2.2.1"));
        stats.articleViewed(article, new Visitor(null, false, true, "10.2.2.2"));
        flusher.flush();

        assertThat(viewCount(article)).isEqualTo(2);
    }

    @Test
    void nodesShareTheThirtyMinuteWindowThroughTheDatabase() {
        long article = newArticle();
        UUID reader = UUID.randomUUID();
        Instant t0 = Instant.now();
        StatsCounter nodeA = new StatsCounter();
        StatsCounter nodeB = new StatsCounter();
        StatsFlusher flushA = new StatsFlusher(nodeA, writer, () -> { });
        StatsFlusher flushB = new StatsFlusher(nodeB, writer, () -> { });

        nodeA.articleView(reader, article, t0);
        flushA.flush();
        nodeB.articleView(reader, article, t0.plusSeconds(10 * 60));
        flushB.flush();
        assertThat(viewCount(article)).as("second node, ten minutes later").isEqualTo(1);

        nodeB.articleView(reader, article, t0.plusSeconds(31 * 60));
        flushB.flush();
        assertThat(viewCount(article)).as("31 minutes after the counted view").isEqualTo(2);
    }
}
