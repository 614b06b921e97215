package vn.ntm.portal.news.editorial;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled articles when their time comes and expires published ones, every 30 seconds.
 * With several nodes, the one that gets the advisory lock does the round; the others skip it.
 * Each article is stepped in its own transaction so one refusal does not hold up the rest.
 */
@Component
public class ScheduledPublisher {

    /** Advisory lock key of this job ("ntm news scheduler"). */
    static final long LOCK_KEY = 0x6e746d5f6e657773L;
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

    private final JdbcClient jdbc;
    private final EditorialStore store;
    private final EditorialService service;
    private final TransactionTemplate round;
    private final TransactionTemplate each;

    ScheduledPublisher(JdbcClient jdbc, EditorialStore store, EditorialService service, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.store = store;
        this.service = service;
        this.round = new TransactionTemplate(tx);
        this.each = new TransactionTemplate(tx);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${ntm.news.scheduler-interval:30s}", initialDelayString = "${ntm.news.scheduler-interval:30s}")
    void tick() {
        runOnce();
    }

    /** One round; the number of articles stepped, or -1 when another node (or thread) holds the round. */
    public int runOnce() {
        Integer done = round.execute(status -> {
            Boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
            if (!mine) {
                return -1;
            }
            int n = 0;
            for (long id : store.duePublications(BATCH)) {
                n += step(id, WorkflowAction.PUBLISH);
            }
            for (long id : store.dueExpiries(BATCH)) {
                WorkflowAction action = store.find(id).map(a -> a.expiryAction().step()).orElse(WorkflowAction.ARCHIVE);
                n += step(id, action);
            }
            return n;
        });
        return done == null ? 0 : done;
    }

    private int step(long id, WorkflowAction action) {
        try {
            each.executeWithoutResult(s -> service.act(Actor.SCHEDULER, id, action, null, null));
            return 1;
        } catch (EditorialRefusal e) {
            log.warn("Scheduler could not {} article {}: {}", action, id, e.getMessage());
            return 0;
        }
    }
}
