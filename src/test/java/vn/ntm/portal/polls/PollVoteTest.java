package vn.ntm.portal.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;

/** Voting on polls through the public pages: counted once, refusals in Vietnamese with nothing written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PollVoteTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aVoteIsCountedOnceAndTheSecondIsRefused() throws Exception {
        PollFixtures.Made poll = PollFixtures.open(jdbc, "ALWAYS");
        AdminClient reader = new AdminClient(port);
        String page = reader.get(poll.path()).body();
        assertThat(page).contains("Câu hỏi thử", "action=\"" + poll.action() + "\"", "Đang mở", "Chọn một phương án",
                "Tổng số người tham gia: <strong data-poll-voters>0</strong>");
        String token = AdminClient.csrf(page);

        HttpResponse<String> counted = reader.post(poll.action(), Map.of("_csrf", token, "chon", String.valueOf(poll.options().get(1))));
        assertThat(counted.statusCode()).isEqualTo(303);
        assertThat(AdminClient.location(counted)).endsWith(poll.path() + "?tb=cam-on#ket-qua");
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT option_id FROM poll_ballot_choice WHERE poll_id = ?").param(poll.id()).query(Long.class).list())
                .containsExactly(poll.options().get(1));
        String after = reader.eventually(poll.path() + "?tb=cam-on", b -> b.contains("data-poll-voters>1<"));
        assertThat(after).contains("Cảm ơn bạn đã tham gia bình chọn.", "Bạn đã bình chọn trong cuộc thăm dò này.",
                "1 lượt chọn (100,0%)", "0 lượt chọn (0,0%)", "width=\"100.0\"").doesNotContain("data-poll-vote>");

        HttpResponse<String> again = reader.post(poll.action(), Map.of("_csrf", token, "chon", String.valueOf(poll.options().get(0))));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Bạn đã bình chọn trong cuộc thăm dò này rồi.", "href=\"" + poll.path() + "\"");
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isEqualTo(1);
        assertThat(PollFixtures.choices(jdbc, poll.id())).isEqualTo(1);

        assertThat(reader.post(poll.action(), Map.of("chon", String.valueOf(poll.options().get(0)))).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(reader.post("/tham-do/khong-co-tham-do-nay/binh-chon", Map.of("_csrf", token, "chon", "1")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void withoutTheVisitorCookieOrFromACrawlerTheVoteIsRefused() throws Exception {
        PollFixtures.Made poll = PollFixtures.open(jdbc, "ALWAYS");
        RawVoter fresh = RawVoter.fetch(port, poll.path(), "10.61.0.1");
        HttpResponse<String> noCookie = fresh.withoutVisitorCookie().vote(poll.action(), poll.options().get(0));
        assertThat(noCookie.statusCode()).isEqualTo(400);
        assertThat(noCookie.body()).contains("Không xác định được trình duyệt của bạn.");
        RawVoter crawler = RawVoter.fetch(port, poll.path(), "10.61.0.2", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        HttpResponse<String> bot = crawler.vote(poll.action(), poll.options().get(0));
        assertThat(bot.statusCode()).isEqualTo(403);
        assertThat(bot.body()).contains("Lượt bình chọn từ chương trình tự động không được tính.");
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isZero();
    }

    @Test
    void oneAddressIsLimitedPerPollWithinTheWindow() throws Exception {
        PollFixtures.Made poll = PollFixtures.open(jdbc, "ALWAYS");
        PollFixtures.Made other = PollFixtures.open(jdbc, "ALWAYS");
        String ip = "10.62.0.7";
        // the default limit is 20 ballots per poll per 24 h: 19 from this address already, and one 25 h old
        for (int i = 0; i < 19; i++) {
            jdbc.sql("INSERT INTO poll_ballot (poll_id, visitor_id, ip) VALUES (?, ?, ?::inet)").params(poll.id(), UUID.randomUUID(), ip).update();
        }
        jdbc.sql("INSERT INTO poll_ballot (poll_id, visitor_id, ip, cast_at) VALUES (?, ?, ?::inet, now() - interval '25 hours')")
                .params(poll.id(), UUID.randomUUID(), ip).update();
        assertThat(new AdminClient(port, ip).submit(poll.path(), poll.action(), Map.of("chon", String.valueOf(poll.options().get(0))))
                .statusCode()).as("the 20th in the window").isEqualTo(303);
        HttpResponse<String> limited = new AdminClient(port, ip).submit(poll.path(), poll.action(),
                Map.of("chon", String.valueOf(poll.options().get(0))));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Đã có quá nhiều lượt bình chọn từ địa chỉ mạng của bạn");
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isEqualTo(21);
        assertThat(new AdminClient(port, ip).submit(other.path(), other.action(), Map.of("chon", String.valueOf(other.options().get(0))))
                .statusCode()).as("another poll from the same address").isEqualTo(303);
        assertThat(new AdminClient(port, "10.62.0.8").submit(poll.path(), poll.action(), Map.of("chon", String.valueOf(poll.options().get(0))))
                .statusCode()).as("another address").isEqualTo(303);
    }

    @Test
    void aMembersOnlyPollNeedsSigningInAndCountsOncePerAccount() throws Exception {
        PollFixtures.Made poll = PollFixtures.poll(jdbc, false, 1, Duration.ofHours(-1), null, true, "ALWAYS", "Có", "Không");
        AdminClient anonymous = new AdminClient(port);
        String page = anonymous.get(poll.path()).body();
        assertThat(page).contains("Cuộc thăm dò này chỉ dành cho thành viên. Vui lòng", "href=\"/dang-nhap\"").doesNotContain("data-poll-vote>");
        // the page has no form for an anonymous reader; the token of another page's form is used to try anyway
        String token = AdminClient.csrf(anonymous.get(PollFixtures.open(jdbc, "ALWAYS").path()).body());
        HttpResponse<String> refused = anonymous.post(poll.action(), Map.of("_csrf", token, "chon", String.valueOf(poll.options().get(0))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Cuộc thăm dò này chỉ dành cho thành viên. Vui lòng đăng nhập rồi bình chọn.");
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isZero();

        String name = TestUsers.create(users, encoder, "PHONG_VIEN");
        AdminClient member = new AdminClient(port);
        assertThat(AdminClient.location(member.signIn(name, TestUsers.PASSWORD))).endsWith("/quan-tri");
        assertThat(member.submit(poll.path(), poll.action(), Map.of("chon", String.valueOf(poll.options().get(0)))).statusCode()).isEqualTo(303);
        String elsewhere = PollFixtures.open(jdbc, "ALWAYS").path();
        // the page of a poll already voted on has no form: the token of another page is used to try again
        HttpResponse<String> twice = member.submit(elsewhere, poll.action(), Map.of("chon", String.valueOf(poll.options().get(1))));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("Tài khoản của bạn đã bình chọn trong cuộc thăm dò này.");
        long userId = users.findByLogin(name).orElseThrow().id();
        assertThat(jdbc.sql("SELECT user_id FROM poll_ballot WHERE poll_id = ?").param(poll.id()).query(Long.class).list())
                .containsExactly(userId);
        assertThat(jdbc.sql("SELECT count(*) FROM poll_ballot WHERE poll_id = ? AND visitor_id IS NULL").param(poll.id())
                .query(Long.class).single()).isEqualTo(1);
        // the database itself refuses a second ballot of the account, whoever tries
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO poll_ballot (poll_id, user_id, ip) VALUES (?, ?, '10.0.0.1')")
                .params(poll.id(), userId).update()).isInstanceOf(DuplicateKeyException.class);
        // signing in from another browser does not give a second vote either
        AdminClient sameAccount = new AdminClient(port);
        sameAccount.signIn(name, TestUsers.PASSWORD);
        assertThat(sameAccount.get(poll.path()).body()).contains("Bạn đã bình chọn trong cuộc thăm dò này.");
        assertThat(sameAccount.submit(elsewhere, poll.action(), Map.of("chon", String.valueOf(poll.options().get(1)))).statusCode())
                .isEqualTo(409);
        assertThat(PollFixtures.ballots(jdbc, poll.id())).isEqualTo(1);
    }

    @Test
    void badBallotsAreRefusedWithAVietnameseReasonAndNothingIsWritten() throws Exception {
        PollFixtures.Made multi = PollFixtures.poll(jdbc, true, 2, Duration.ofHours(-1), Duration.ofDays(1), false, "ALWAYS", "A", "B", "C");
        PollFixtures.Made single = PollFixtures.open(jdbc, "ALWAYS");
        PollFixtures.Made closed = PollFixtures.poll(jdbc, false, 1, Duration.ofDays(-3), Duration.ofDays(-1), false, "ALWAYS", "A", "B");
        PollFixtures.Made upcoming = PollFixtures.poll(jdbc, false, 1, Duration.ofDays(2), Duration.ofDays(9), false, "ALWAYS", "A", "B");
        RawVoter voter = RawVoter.fetch(port, multi.path(), "10.63.0.1");
        AdminClient reader = new AdminClient(port);

        Map<String, HttpResponse<String>> cases = new LinkedHashMap<>();
        cases.put("Bạn chỉ được chọn tối đa 2 phương án.", voter.vote(multi.action(), multi.options().toArray(Long[]::new)));
        cases.put("Cuộc thăm dò này chỉ được chọn một phương án.", voter.vote(single.action(), single.options().get(0), single.options().get(1)));
        cases.put("Phương án bạn chọn không thuộc cuộc thăm dò này.", voter.vote(single.action(), multi.options().get(0)));
        cases.put("Vui lòng chọn ít nhất một phương án.", voter.vote(single.action()));
        cases.put("Lựa chọn không hợp lệ.", reader.submit(single.path(), single.action(), Map.of("chon", "mot")));
        cases.put("Cuộc thăm dò này đã kết thúc, không nhận thêm bình chọn.", voter.vote(closed.action(), closed.options().get(0)));
        cases.put("Cuộc thăm dò này chưa bắt đầu; bạn có thể bình chọn từ", voter.vote(upcoming.action(), upcoming.options().get(0)));
        cases.forEach((message, r) -> {
            assertThat(r.statusCode()).as(message).isBetween(400, 499);
            assertThat(r.body()).as(message).contains(message);
        });
        assertThat(cases.get("Cuộc thăm dò này đã kết thúc, không nhận thêm bình chọn.").statusCode()).isEqualTo(409);
        assertThat(cases.get("Bạn chỉ được chọn tối đa 2 phương án.").statusCode()).isEqualTo(400);
        for (PollFixtures.Made p : List.of(multi, single, closed, upcoming)) {
            assertThat(PollFixtures.ballots(jdbc, p.id())).isZero();
            assertThat(PollFixtures.choices(jdbc, p.id())).isZero();
        }
        assertThat(reader.get(closed.path()).body()).contains("Đã đóng", "Cuộc thăm dò đã kết thúc.").doesNotContain("data-poll-vote>");
        assertThat(reader.get(upcoming.path()).body()).contains("Chưa mở", "Cuộc thăm dò chưa bắt đầu.").doesNotContain("data-poll-vote>");

        // two of three is fine, and the same option twice counts once
        assertThat(voter.vote(multi.action(), multi.options().get(0), multi.options().get(2), multi.options().get(2)).statusCode())
                .isEqualTo(303);
        assertThat(PollFixtures.choices(jdbc, multi.id())).isEqualTo(2);
        // and the database refuses an option of another poll even if the checks were bypassed
        long ballot = jdbc.sql("SELECT id FROM poll_ballot WHERE poll_id = ?").param(multi.id()).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO poll_ballot_choice (ballot_id, poll_id, option_id) VALUES (?, ?, ?)")
                .params(ballot, multi.id(), single.options().get(0)).update()).hasMessageContaining("poll_ballot_choice");
    }

    @Test
    void resultsAreShownByThePollsRule() throws Exception {
        PollFixtures.Made always = PollFixtures.open(jdbc, "ALWAYS");
        PollFixtures.Made afterVote = PollFixtures.open(jdbc, "AFTER_VOTE");
        PollFixtures.Made afterClose = PollFixtures.open(jdbc, "AFTER_CLOSE");
        AdminClient reader = new AdminClient(port);
        assertThat(reader.get(always.path()).body()).contains("data-poll-voters").doesNotContain("data-poll-results-hidden");
        assertThat(reader.get(afterVote.path()).body()).contains("Kết quả được hiển thị sau khi bạn bình chọn").doesNotContain("data-poll-voters");
        assertThat(reader.get(afterClose.path()).body()).contains("Kết quả được công bố khi cuộc thăm dò kết thúc.").doesNotContain("data-poll-voters");

        assertThat(reader.submit(afterVote.path(), afterVote.action(), Map.of("chon", String.valueOf(afterVote.options().get(2)))).statusCode())
                .isEqualTo(303);
        assertThat(reader.submit(afterClose.path(), afterClose.action(), Map.of("chon", String.valueOf(afterClose.options().get(2)))).statusCode())
                .isEqualTo(303);
        assertThat(reader.get(afterVote.path()).body()).contains("data-poll-voters").doesNotContain("data-poll-results-hidden");
        assertThat(reader.get(afterClose.path()).body()).contains("Kết quả được công bố khi cuộc thăm dò kết thúc.").doesNotContain("data-poll-voters");
        assertThat(new AdminClient(port).get(afterVote.path()).body()).as("another reader who has not voted")
                .contains("data-poll-results-hidden").doesNotContain("data-poll-voters");

        jdbc.sql("UPDATE poll SET closes_at = now() WHERE id = ?").param(afterClose.id()).update();
        String closed = new AdminClient(port).eventually(afterClose.path(), b -> b.contains("Đã đóng"));
        assertThat(closed).contains("data-poll-voters>1<", "1 lượt chọn (100,0%)").doesNotContain("data-poll-results-hidden");
    }

    @Test
    void theArchiveListsOpenAndClosedPollsAndTheSidebarOffersTheChosenPoll() throws Exception {
        PollFixtures.Made open = PollFixtures.open(jdbc, "ALWAYS");
        PollFixtures.Made closed = PollFixtures.poll(jdbc, false, 1, Duration.ofDays(-3), Duration.ofMinutes(-1), false, "ALWAYS", "A", "B");
        PollFixtures.Made upcoming = PollFixtures.poll(jdbc, false, 1, Duration.ofDays(2), null, false, "ALWAYS", "A", "B");
        String archive = new AdminClient(port).get("/tham-do").body();
        assertThat(archive).contains("Đang mở", "Đã kết thúc", "href=\"" + open.path() + "\"", "href=\"" + closed.path() + "\"")
                .doesNotContain("href=\"" + upcoming.path() + "\"");
        assertThat(archive.indexOf(open.path())).isLessThan(archive.indexOf("Đã kết thúc"));
        assertThat(archive.indexOf(closed.path())).isGreaterThan(archive.indexOf("Đã kết thúc"));
        assertThat(new AdminClient(port).get("/tham-do?trang=abc").statusCode()).isEqualTo(400);

        // the demo's OCOP poll is the chosen one; choosing another moves the block within the frame's refresh
        jdbc.sql("UPDATE poll SET featured = false WHERE featured").update();
        jdbc.sql("UPDATE poll SET featured = true WHERE id = ?").param(open.id()).update();
        String home = new AdminClient(port).eventually("/", b -> b.contains("action=\"" + open.path() + "\""));
        assertThat(home).contains("Thăm dò ý kiến", "data-vote-action=\"" + open.action() + "\"", "id=\"block-poll-" + open.options().get(0) + "\"");
        String block = home.substring(home.indexOf("class=\"block block-poll\""));
        assertThat(block.substring(0, block.indexOf("</section>"))).as("the block is the same for everyone: no token in it")
                .contains("method=\"get\"").doesNotContain("_csrf");
        // the block's form carries the choice to the poll page, which asks for confirmation with its own token
        String confirm = new AdminClient(port).get(open.path() + "?chon=" + open.options().get(1)).body();
        assertThat(confirm).contains("Bấm “Gửi bình chọn” để xác nhận.");
        assertThat(input(confirm, "poll-option-" + open.options().get(1))).contains("checked");
        assertThat(input(confirm, "poll-option-" + open.options().get(0))).doesNotContain("checked");
    }

    private static String input(String html, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("input " + id).isTrue();
        return m.group();
    }
}
