package vn.ntm.portal.news.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Scheduled publishing and expiry: due articles step once, whatever number of nodes run the job. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduledPublisherTest {

    @Autowired
    ScheduledPublisher publisher;
    @Autowired
    EditorialService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager tx;

    Desk desk;

    @BeforeEach
    void desk() {
        desk = new Desk(jdbc);
    }

    @Test
    void dueArticlesArePublishedExactlyOnceWhenTwoNodesRunTheJobTogether() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(scheduledAndDue("Hẹn giờ " + i));
        }
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                rounds.add(pool.submit(() -> {
                    start.await();
                    return publisher.runOnce();
                }));
            }
            for (Future<Integer> f : rounds) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (long id : ids) {
            assertThat(service.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
            long publishVersions = jdbc.sql("SELECT count(*) FROM article_version WHERE article_id = ? AND status = 'PUBLISHED'")
                    .param(id).query(Long.class).single();
            assertThat(publishVersions).as("article %d published once", id).isEqualTo(1);
        }
    }

    @Test
    void aNodeThatDoesNotGetTheLockSkipsItsRound() throws Exception {
        long id = scheduledAndDue("Chờ khoá");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread other = new Thread(() -> new TransactionTemplate(tx).executeWithoutResult(s -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ScheduledPublisher.LOCK_KEY).query().singleRow();
            held.countDown();
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(publisher.runOnce()).isEqualTo(-1);
            assertThat(service.article(id).status()).isEqualTo(ArticleStatus.SCHEDULED);
        } finally {
            done.countDown();
            other.join();
        }
        assertThat(publisher.runOnce()).isGreaterThanOrEqualTo(1);
        assertThat(service.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(service.article(id).publishedAt()).isEqualTo(service.article(id).scheduledAt());
    }

    @Test
    void expiredArticlesAreArchivedOrWithdrawnAsChosen() {
        long archived = scheduledAndDue("Hết hạn lưu trữ");
        long withdrawn = scheduledAndDue("Hết hạn gỡ");
        publisher.runOnce();
        jdbc.sql("UPDATE article SET expires_at = now() - interval '1 second', expiry_action = 'ARCHIVE' WHERE id = ?").param(archived).update();
        jdbc.sql("UPDATE article SET expires_at = now() - interval '1 second', expiry_action = 'WITHDRAW' WHERE id = ?").param(withdrawn).update();
        publisher.runOnce();
        assertThat(service.article(archived).status()).isEqualTo(ArticleStatus.EXPIRED);
        assertThat(service.article(withdrawn).status()).isEqualTo(ArticleStatus.WITHDRAWN);
    }

    /** An approved article scheduled a moment ago, so the next round publishes it. */
    private long scheduledAndDue(String title) {
        long id = service.create(desk.author, desk.input(title, "<p>Nội dung</p>"));
        service.act(desk.author, id, WorkflowAction.SUBMIT, null, null);
        service.act(desk.editor, id, WorkflowAction.APPROVE, null, null);
        service.act(desk.editor, id, WorkflowAction.SCHEDULE, null, Instant.now().plus(1, ChronoUnit.HOURS));
        jdbc.sql("UPDATE article SET scheduled_at = date_trunc('second', now()) - interval '1 second' WHERE id = ?").param(id).update();
        return id;
    }
}
