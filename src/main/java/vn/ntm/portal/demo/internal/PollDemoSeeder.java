package vn.ntm.portal.demo.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo polls (when {@code ntm.demo.enabled} and no poll exists yet): the OCOP question of the reference portal, open
 * and shown in the sidebar, with a few hundred ballots; a closed multiple-choice poll with its results; an open one
 * whose results show after voting. Ballots come from made-up visitors and addresses, spread over the options by
 * fixed weights (a seeded random, so every demo site looks the same). A few hundred inserts: well under a second.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PollDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PollDemoSeeder.class);

    private final JdbcClient jdbc;
    private final boolean enabled;

    PollDemoSeeder(JdbcClient jdbc, @Value("${ntm.demo.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll)").query(Boolean.class).single()) {
            return;
        }
        Random random = new Random(2026);
        Instant now = Instant.now();
        Duration day = Duration.ofDays(1);
        long ocop = poll("theo-ban-chuong-trinh-ocop-nen-phat-trien-theo-huong-nao",
                "Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào?",
                "Ý kiến của bạn giúp Văn phòng Điều phối đề xuất định hướng Chương trình Mỗi xã một sản phẩm (OCOP) giai đoạn tới.",
                false, 1, now.minus(day.multipliedBy(20)), now.plus(day.multipliedBy(40)), "ALWAYS", true);
        List<Long> ocopOptions = options(ocop, "Nâng cao chất lượng, tiêu chuẩn hóa sản phẩm hiện có",
                "Phát triển sản phẩm mới gắn với đặc sản địa phương", "Đẩy mạnh xúc tiến thương mại, bán hàng trực tuyến",
                "Gắn sản phẩm OCOP với du lịch nông thôn", "Ý kiến khác");
        ballots(ocop, ocopOptions, new int[] {34, 22, 26, 14, 4}, 1, 320, now.minus(day.multipliedBy(20)), now, random);

        long closed = poll("tieu-chi-nong-thon-moi-nao-dia-phuong-ban-can-uu-tien",
                "Những tiêu chí nông thôn mới nào địa phương bạn cần ưu tiên thực hiện?",
                "Chọn tối đa 3 tiêu chí.", true, 3, now.minus(day.multipliedBy(120)), now.minus(day.multipliedBy(60)), "ALWAYS", false);
        List<Long> closedOptions = options(closed, "Giao thông", "Thủy lợi và phòng, chống thiên tai", "Trường học",
                "Thu nhập", "Môi trường và an toàn thực phẩm", "Y tế");
        ballots(closed, closedOptions, new int[] {30, 12, 10, 25, 18, 5}, 3, 180, now.minus(day.multipliedBy(120)),
                now.minus(day.multipliedBy(60)), random);

        long water = poll("ban-danh-gia-the-nao-ve-chat-luong-nuoc-sach-nong-thon",
                "Bạn đánh giá thế nào về chất lượng nước sạch nông thôn nơi bạn sống?", "",
                false, 1, now.minus(day.multipliedBy(3)), now.plus(day.multipliedBy(27)), "AFTER_VOTE", false);
        List<Long> waterOptions = options(water, "Tốt", "Khá", "Trung bình", "Chưa đạt yêu cầu");
        ballots(water, waterOptions, new int[] {20, 35, 30, 15}, 1, 60, now.minus(day.multipliedBy(3)), now, random);
        log.info("Đã tạo 3 cuộc thăm dò ý kiến mẫu");
    }

    private long poll(String slug, String question, String description, boolean multiple, int max, Instant opens, Instant closes,
                      String visibility, boolean featured) {
        return jdbc.sql("""
                        INSERT INTO poll (slug, question, description, multiple, max_choices, opens_at, closes_at, results_visibility, featured)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(slug, question, description, multiple, max, Timestamp.from(opens), Timestamp.from(closes), visibility, featured)
                .query(Long.class).single();
    }

    private List<Long> options(long poll, String... labels) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            ids.add(jdbc.sql("INSERT INTO poll_option (poll_id, label, position) VALUES (?, ?, ?) RETURNING id")
                    .params(poll, labels[i], (i + 1) * 10).query(Long.class).single());
        }
        return ids;
    }

    /** {@code count} ballots between the two instants, each choosing up to {@code max} options by the weights. */
    private void ballots(long poll, List<Long> options, int[] weights, int max, int count, Instant from, Instant to, Random random) {
        int total = java.util.Arrays.stream(weights).sum();
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli() - 1);
        for (int b = 0; b < count; b++) {
            Instant at = from.plusMillis((long) (random.nextDouble() * span));
            String ip = "10.20." + random.nextInt(250) + "." + (1 + random.nextInt(250));
            long ballot = jdbc.sql("INSERT INTO poll_ballot (poll_id, visitor_id, ip, cast_at) VALUES (?, ?, ?::inet, ?) RETURNING id")
                    .params(poll, new UUID(random.nextLong(), random.nextLong()), ip, Timestamp.from(at)).query(Long.class).single();
            int picks = 1 + random.nextInt(max);
            java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < picks) {
                int r = random.nextInt(total);
                int i = 0;
                while (r >= weights[i]) {
                    r -= weights[i++];
                }
                chosen.add(options.get(i));
            }
            for (long option : chosen) {
                jdbc.sql("INSERT INTO poll_ballot_choice (ballot_id, poll_id, option_id) VALUES (?, ?, ?)").params(ballot, poll, option).update();
            }
        }
    }
}
