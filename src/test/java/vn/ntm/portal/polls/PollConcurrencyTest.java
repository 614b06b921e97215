package vn.ntm.portal.polls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many clients voting at the same moment: every acknowledged (303) vote is stored, nothing else is, and a cookie
 * used by several clients at once counts once. Also the per-address limit under concurrency: never more ballots from
 * one address than the limit, however many arrive together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PollConcurrencyTest {

    private static final int OWN_COOKIES = 48;
    private static final int SHARED_COOKIES = 4;
    private static final int CLIENTS_PER_SHARED_COOKIE = 4;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentVotesAreAllCountedExactlyOnce() throws Exception {
        PollFixtures.Made poll = PollFixtures.poll(jdbc, true, 2, java.time.Duration.ofHours(-1), null, false, "ALWAYS",
                "Một", "Hai", "Ba", "Bốn");
        List<RawVoter> voters = new ArrayList<>();
        List<RawVoter> shared = new ArrayList<>();
        for (int i = 0; i < OWN_COOKIES; i++) {
            voters.add(RawVoter.fetch(port, poll.path(), "10.71.0." + (i % 8 + 1)));
        }
        for (int i = 0; i < SHARED_COOKIES; i++) {
            RawVoter v = RawVoter.fetch(port, poll.path(), "10.72.0." + (i + 1));
            shared.add(v);
            for (int c = 0; c < CLIENTS_PER_SHARED_COOKIE; c++) {
                // the same cookie from different addresses too, so the address lock does not serialise them
                voters.add(c % 2 == 0 ? v : v.from("10.73.0." + (i * CLIENTS_PER_SHARED_COOKIE + c + 1)));
            }
        }
        int clients = voters.size();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, AtomicInteger> acknowledgedPerCookie = new ConcurrentHashMap<>();
        Map<Long, AtomicInteger> acknowledgedPerOption = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            RawVoter voter = voters.get(i);
            long a = poll.options().get(i % 4);
            long b = poll.options().get((i + 1) % 4);
            results.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> r = voter.vote(poll.action(), a, b);
                if (r.statusCode() == 303) {
                    acknowledgedPerCookie.computeIfAbsent(voter.visitorCookie, k -> new AtomicInteger()).incrementAndGet();
                    acknowledgedPerOption.computeIfAbsent(a, k -> new AtomicInteger()).incrementAndGet();
                    acknowledgedPerOption.computeIfAbsent(b, k -> new AtomicInteger()).incrementAndGet();
                } else if (r.statusCode() == 409) {
                    conflicts.incrementAndGet();
                }
                return r.statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        long acknowledged = statuses.stream().filter(s -> s == 303).count();
        assertThat(statuses).as("only acknowledged votes and refused repeats").allMatch(s -> s == 303 || s == 409);
        assertThat(acknowledged).isEqualTo(OWN_COOKIES + SHARED_COOKIES);
        assertThat(conflicts.get()).isEqualTo(SHARED_COOKIES * (CLIENTS_PER_SHARED_COOKIE - 1));
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isEqualTo(acknowledged);
        assertThat(PollFixtures.choices(jdbc, poll.id())).isEqualTo(2 * acknowledged);
        for (RawVoter v : shared) {
            assertThat(acknowledgedPerCookie.get(v.visitorCookie).get()).as("one acknowledgement per shared cookie").isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT count(DISTINCT visitor_id) FROM poll_ballot WHERE poll_id = ?").param(poll.id())
                .query(Long.class).single()).isEqualTo(acknowledged);
        for (long option : poll.options()) {
            long stored = jdbc.sql("SELECT count(*) FROM poll_ballot_choice WHERE poll_id = ? AND option_id = ?").params(poll.id(), option)
                    .query(Long.class).single();
            assertThat(stored).as("option " + option).isEqualTo(acknowledgedPerOption.get(option).get());
        }
    }

    @Test
    void theAddressLimitHoldsWhenManyVotesFromOneAddressArriveTogether() throws Exception {
        PollFixtures.Made poll = PollFixtures.open(jdbc, "ALWAYS");
        String ip = "10.74.0.1";
        int clients = 32;
        List<RawVoter> voters = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            voters.add(RawVoter.fetch(port, poll.path(), ip));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (RawVoter v : voters) {
            results.add(pool.submit(() -> {
                start.await();
                return v.vote(poll.action(), poll.options().get(0)).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        // the default limit: 20 per poll per address within 24 h
        assertThat(statuses.stream().filter(s -> s == 303).count()).isEqualTo(20);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(clients - 20);
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isEqualTo(20);
    }
}
