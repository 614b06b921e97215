package vn.ntm.portal.qa.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import vn.ntm.portal.qa.domain.TrackingCodes;
import vn.ntm.portal.qa.domain.WorkingDays;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Demo questions (when {@code ntm.demo.enabled} and no question exists yet): 30 questions over the
 * topics in every status, received over the last weeks, some answered and published, so the FAQ and
 * the staff list show something. A few dozen inserts: fast.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class QaDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QaDemoSeeder.class);
    private static final List<String[]> SAMPLES = List.of(
            new String[] {"Xã cần đạt bao nhiêu tiêu chí để được công nhận nông thôn mới?", "Xã tôi đang phấn đấu đạt chuẩn. Xin hỏi cần đạt bao nhiêu tiêu chí và thời gian thẩm định thế nào?",
                    "Theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025, xã phải đạt đủ 19 tiêu chí. Hồ sơ do UBND huyện thẩm tra, UBND tỉnh thẩm định và công nhận."},
            new String[] {"Sản phẩm OCOP được hỗ trợ những gì?", "Hợp tác xã chúng tôi có sản phẩm mật ong muốn tham gia chương trình OCOP. Xin hỏi được hỗ trợ gì?",
                    "Chủ thể có sản phẩm OCOP được hỗ trợ tư vấn hoàn thiện sản phẩm, bao bì, nhãn mác, xúc tiến thương mại theo chính sách của tỉnh."},
            new String[] {"Thủ tục xin giấy phép xây dựng nhà ở nông thôn", "Nhà tôi ở xã, muốn xây nhà hai tầng thì có cần giấy phép xây dựng không?",
                    "Nhà ở riêng lẻ tại nông thôn không thuộc khu vực có quy hoạch được duyệt thì được miễn giấy phép xây dựng theo Luật Xây dựng."},
            new String[] {"Hỗ trợ giống lúa chất lượng cao năm nay", "Xin hỏi vụ đông xuân năm nay có chính sách hỗ trợ giống lúa chất lượng cao cho nông dân không?",
                    "Có. Tỉnh hỗ trợ 50% giá giống lúa xác nhận cho các vùng sản xuất tập trung; liên hệ UBND xã để đăng ký."},
            new String[] {"Tỷ lệ hộ dùng nước sạch theo tiêu chí môi trường", "Tiêu chí 17 yêu cầu tỷ lệ hộ sử dụng nước sạch là bao nhiêu?",
                    "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ tập trung phải đạt theo mức quy định của tỉnh, tối thiểu 40% đối với vùng Đồng bằng sông Cửu Long."},
            new String[] {"Thời hạn giải quyết hồ sơ cấp đổi giấy chứng nhận", "Tôi nộp hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất đã hai tuần. Thời hạn giải quyết là bao lâu?",
                    "Thời hạn cấp đổi giấy chứng nhận không quá 7 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không tính ngày nghỉ, lễ."});
    private static final String[] STATUSES = {"RECEIVED", "IN_PROGRESS", "ANSWERED", "ANSWERED", "FORWARDED"};

    private final JdbcClient jdbc;
    private final HolidayCalendar calendar;
    private final boolean enabled;

    QaDemoSeeder(JdbcClient jdbc, HolidayCalendar calendar, @Value("${ntm.demo.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT EXISTS (SELECT 1 FROM qa_question)").query(Boolean.class).single()) {
            return;
        }
        List<Long> topics = jdbc.sql("SELECT id FROM qa_topic ORDER BY position").query(Long.class).list();
        WorkingDays days = calendar.workingDays();
        LocalDate today = HolidayCalendar.today();
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Thị Phương"};
        for (int i = 0; i < 30; i++) {
            String[] sample = SAMPLES.get(i % SAMPLES.size());
            String status = STATUSES[i % STATUSES.length];
            LocalDate received = today.minusDays(2L + i * 2L);
            String title = i < SAMPLES.size() ? sample[0] : sample[0].replace("?", "") + " (câu hỏi " + (i + 1) + ")";
            boolean answered = status.equals("ANSWERED");
            jdbc.sql("""
                    INSERT INTO qa_question (tracking_code, topic_id, asker_name, email, phone, title, slug, content, consent_at,
                      consent_version, status, received_at, received_on, due_on, forwarded_to, answer_draft, answer, answered_at,
                      approved_by, published)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(TrackingCodes.generate(received.getYear()), topics.get(i % topics.size()), names[i % names.length],
                            i % 2 == 0 ? "nguoidan" + i + "@example.test" : null, i % 2 == 0 ? null : "+8491234" + String.format("%04d", i),
                            title, VietnameseText.slug(title), sample[1],
                            java.sql.Timestamp.from(received.atTime(9, 0).toInstant(ZoneOffset.ofHours(7))), QaService.CONSENT_VERSION,
                            status, java.sql.Timestamp.from(received.atTime(9, 0).toInstant(ZoneOffset.ofHours(7))), received,
                            days.dueDate(received), status.equals("FORWARDED") ? "Sở Tài nguyên và Môi trường" : null,
                            answered || status.equals("IN_PROGRESS") ? sample[2] : null, answered ? sample[2] : null,
                            answered ? java.sql.Timestamp.from(received.plusDays(5).atTime(15, 0).toInstant(ZoneOffset.ofHours(7))) : null,
                            answered ? "Quản trị (dữ liệu mẫu)" : null, answered && i % 10 != 7)
                    .update();
        }
        log.info("Đã tạo 30 câu hỏi mẫu cho mục Hỏi đáp");
    }
}
