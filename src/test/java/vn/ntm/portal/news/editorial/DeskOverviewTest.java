package vn.ntm.portal.news.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Dashboard lists and the admin list's keyset paging. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskOverviewTest {

    @Autowired
    DeskOverview overview;
    @Autowired
    EditorialService service;
    @Autowired
    JdbcClient jdbc;

    @Test
    void draftsReviewQueueAndScheduledItemsGoToTheRightPeople() {
        Desk desk = new Desk(jdbc);
        long draft = service.create(desk.author, desk.input("Nháp của tôi", "<p>x</p>"));
        long submitted = service.create(desk.author, desk.input("Chờ duyệt", "<p>x</p>"));
        service.act(desk.author, submitted, WorkflowAction.SUBMIT, null, null);
        long scheduled = service.create(desk.author, desk.input("Hẹn giờ", "<p>x</p>"));
        service.act(desk.author, scheduled, WorkflowAction.SUBMIT, null, null);
        service.act(desk.editor, scheduled, WorkflowAction.APPROVE, null, null);
        service.act(desk.editor, scheduled, WorkflowAction.SCHEDULE, null, Instant.now().plus(2, ChronoUnit.DAYS));

        assertThat(overview.myDrafts(desk.author)).extracting(ArticleRow::id).containsExactly(draft);
        assertThat(overview.myDrafts(desk.otherAuthor)).isEmpty();
        assertThat(overview.awaitingMyReview(desk.editor)).extracting(ArticleRow::id).contains(submitted).doesNotContain(draft, scheduled);
        assertThat(overview.awaitingMyReview(desk.author)).isEmpty();
        assertThat(overview.scheduled(desk.editor)).extracting(ArticleRow::id).contains(scheduled);
        assertThat(overview.scheduled(desk.admin)).extracting(ArticleRow::id).contains(scheduled);
    }

    @Test
    void keysetPagesCoverTheListWithoutGapsOrRepeats() {
        Desk desk = new Desk(jdbc);
        String word = "Phântrang" + desk.author.id();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(service.create(desk.author, desk.input(word + " " + i, "<p>x</p>")));
        }
        // several rows with the same change time: the id breaks the tie
        jdbc.sql("UPDATE article SET updated_at = date_trunc('second', now()) WHERE title LIKE ?").param(word + "%").update();
        for (ArticleFilter.Sort sort : ArticleFilter.Sort.values()) {
            List<Long> seen = new ArrayList<>();
            ArticleFilter.Cursor after = null;
            for (int page = 0; page < 10; page++) {
                List<ArticleRow> rows = service.list(new ArticleFilter(null, desk.category, desk.author.id(), word.toLowerCase(), null,
                        null, sort, after, 3));
                if (rows.isEmpty()) {
                    break;
                }
                rows.forEach(r -> seen.add(r.id()));
                after = ArticleFilter.Cursor.parse(rows.get(rows.size() - 1).cursor().toString());
            }
            List<Long> expected = new ArrayList<>(created);
            expected.sort(sort == ArticleFilter.Sort.NEWEST ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
            assertThat(seen).as(sort.name()).containsExactlyElementsOf(expected);
        }
    }
}
