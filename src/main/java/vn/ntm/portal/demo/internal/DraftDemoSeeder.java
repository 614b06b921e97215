package vn.ntm.portal.demo.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * Demo drafts for public comment (when {@code ntm.demo.enabled} and no draft exists yet): one open now, one not yet
 * open, one closed with published comments, one being prepared. A dozen inserts: fast.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DraftDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DraftDemoSeeder.class);

    private final JdbcClient jdbc;
    private final boolean enabled;

    DraftDemoSeeder(JdbcClient jdbc, @Value("${ntm.demo.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT EXISTS (SELECT 1 FROM document_draft)").query(Boolean.class).single()) {
            return;
        }
        Long type = jdbc.sql("SELECT id FROM document_type ORDER BY position, id LIMIT 1").query(Long.class).optional().orElse(null);
        if (type == null) {
            return;
        }
        Instant now = Instant.now();
        Duration day = Duration.ofDays(1);
        insert(type, "du-thao-quy-dinh-ho-tro-phat-trien-san-pham-ocop", "Quy định chính sách hỗ trợ phát triển sản phẩm OCOP giai đoạn 2026–2030",
                "Dự thảo quy định mức hỗ trợ tư vấn, bao bì, nhãn mác và xúc tiến thương mại cho chủ thể có sản phẩm OCOP.",
                now.minus(day.multipliedBy(5)), now.plus(day.multipliedBy(25)), "PUBLISHED");
        insert(type, "du-thao-bo-tieu-chi-thon-kieu-mau", "Bộ tiêu chí thôn, ấp nông thôn mới kiểu mẫu",
                "Dự thảo bộ tiêu chí và trình tự xét công nhận thôn, ấp đạt chuẩn nông thôn mới kiểu mẫu trên địa bàn tỉnh.",
                now.plus(day.multipliedBy(7)), now.plus(day.multipliedBy(37)), "PUBLISHED");
        long closed = insert(type, "du-thao-quy-che-quan-ly-nuoc-sach-nong-thon", "Quy chế quản lý, vận hành công trình cấp nước sạch nông thôn",
                "Dự thảo quy chế phân cấp quản lý, khai thác và bảo vệ công trình cấp nước sạch tập trung nông thôn.",
                now.minus(day.multipliedBy(60)), now.minus(day.multipliedBy(30)), "CLOSED");
        insert(type, "du-thao-ke-hoach-ve-sinh-moi-truong", "Kế hoạch thu gom, xử lý chất thải rắn sinh hoạt nông thôn",
                "Dự thảo kế hoạch đang được soạn thảo.", now.plus(day.multipliedBy(20)), now.plus(day.multipliedBy(50)), "PREPARING");
        String[][] comments = {
                {"Trần Văn Hùng", "UBND xã Tân Phú", "Đề nghị quy định rõ trách nhiệm của tổ quản lý vận hành cấp thôn và mức thu tiền nước phù hợp với hộ nghèo."},
                {"Lê Thị Mai", "", "Cần bổ sung quy định kiểm tra chất lượng nước định kỳ ít nhất mỗi quý và công khai kết quả tại nhà văn hóa thôn."},
                {"Phạm Quốc Bảo", "Hợp tác xã dịch vụ nông nghiệp Hòa Bình", "Đề nghị cho phép hợp tác xã tham gia quản lý, vận hành công trình theo hình thức đặt hàng."}};
        int i = 0;
        for (String[] c : comments) {
            Instant at = now.minus(day.multipliedBy(55 - 5L * i));
            jdbc.sql("""
                    INSERT INTO document_draft_comment (draft_id, author_name, email, organisation, content, status, consent_at, consent_version,
                        created_at, moderated_at, moderated_by) VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, 'ND13-2023-gop-y-v1', ?, ?, 'Quản trị (dữ liệu mẫu)')""")
                    .params(closed, c[0], "nguoidan.gopy" + i + "@example.test", c[1], c[2], Timestamp.from(at), Timestamp.from(at),
                            Timestamp.from(at.plus(day)))
                    .update();
            i++;
        }
        log.info("Đã tạo 4 dự thảo văn bản mẫu (lấy ý kiến người dân)");
    }

    private long insert(long type, String slug, String title, String abstractText, Instant opens, Instant closes, String state) {
        return jdbc.sql("""
                INSERT INTO document_draft (slug, type_id, title, abstract, drafting_body, examining_body, comment_opens_at, comment_closes_at, state)
                VALUES (?, ?, ?, ?, 'Sở Nông nghiệp và Môi trường', 'Sở Tư pháp', ?, ?, ?) RETURNING id""")
                .params(slug, type, title, abstractText, Timestamp.from(opens), Timestamp.from(closes), state)
                .query(Long.class).single();
    }
}
