package vn.ntm.portal.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.web.UserInputException;

/**
 * Bulk mail to a programme's registrants with placeholders. A job is queued, then worked through in the
 * background in batches of {@code ntm.training.mail-batch} every {@code ntm.training.mail-interval}: each batch
 * first claims its recipients in {@code training_mail_log} (primary key job + registration, so no one gets the
 * message twice, even with several nodes), then sends, then adds the sent and failed counts as deltas.
 */
@Service
public class BulkMail {

    /** The placeholders a template may use. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "ho_ten", "họ và tên người đăng ký",
            "ma_dang_ky", "mã đăng ký cá nhân",
            "link_ca_nhan", "đường dẫn trang đăng ký cá nhân",
            "chuong_trinh", "tên chương trình",
            "thoi_gian", "thời gian của chương trình",
            "kenh", "hình thức tham gia",
            "tinh", "tỉnh/thành phố",
            "don_vi", "đơn vị công tác");
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}\\s]{1,40})}");

    public record Job(long id, String subject, String state, int total, int sent, int failed, String createdBy, String createdAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TrainingStore store;
    private final TrainingMailer mailer;
    private final int batch;

    BulkMail(JdbcClient jdbc, PlatformTransactionManager transactions, TrainingStore store, TrainingMailer mailer,
             @Value("${ntm.training.mail-batch:20}") int batch) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.mailer = mailer;
        this.batch = batch;
    }

    /** Refuses unknown placeholders, an empty subject or body. */
    public static void check(String subject, String body) {
        List<String> errors = new ArrayList<>();
        if (subject.isBlank() || subject.length() > 200) {
            errors.add("Tiêu đề thư không được để trống (tối đa 200 ký tự).");
        }
        if (body.isBlank() || body.length() > 20_000) {
            errors.add("Nội dung thư không được để trống (tối đa 20.000 ký tự).");
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String text : List.of(subject, body)) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.containsKey(m.group(1))) {
                    unknown.add("{" + m.group(1) + "}");
                }
            }
        }
        if (!unknown.isEmpty()) {
            errors.add("Không có trường thay thế " + String.join(", ", unknown) + ". Các trường dùng được: "
                    + String.join(", ", PLACEHOLDERS.keySet().stream().sorted().map(k -> "{" + k + "}").toList()) + ".");
        }
        if (!errors.isEmpty()) {
            throw new UserInputException(400, String.join(" ", errors));
        }
    }

    public String render(String template, Programme p, Registration r) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "ho_ten" -> r.fullName();
                case "ma_dang_ky" -> r.displayCode();
                case "link_ca_nhan" -> mailer.personalLink(p, r);
                case "chuong_trinh" -> p.name();
                case "thoi_gian" -> p.datesText();
                case "kenh" -> r.channel().label();
                case "tinh" -> r.provinceName();
                case "don_vi" -> r.organisation();
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String statusSql(String status) {
        return status == null ? "r.status IN ('PENDING', 'REGISTERED', 'WAITING', 'OFFERED')" : "r.status = ?";
    }

    public long recipients(long programmeId, RegistrationStatus status) {
        String sql = "SELECT count(*) FROM training_registration r WHERE r.programme_id = ? AND r.email IS NOT NULL AND "
                + statusSql(status == null ? null : status.name());
        var q = jdbc.sql(sql).param(programmeId);
        if (status != null) {
            q = q.param(status.name());
        }
        return q.query(Long.class).single();
    }

    /** The first recipient (by id), for the preview. */
    public Optional<Registration> sample(long programmeId, RegistrationStatus status) {
        String sql = "SELECT " + TrainingStore.REGISTRATION_COLUMNS + " FROM " + TrainingStore.REGISTRATION_FROM
                + " WHERE r.programme_id = ? AND r.email IS NOT NULL AND " + statusSql(status == null ? null : status.name()) + " ORDER BY r.id LIMIT 1";
        var q = jdbc.sql(sql).param(programmeId);
        if (status != null) {
            q = q.param(status.name());
        }
        return q.query(TrainingStore.REGISTRATION).optional();
    }

    public long queue(Programme p, String subject, String body, RegistrationStatus status, String user) {
        check(subject, body);
        long total = recipients(p.id(), status);
        if (total == 0) {
            throw new UserInputException(409, "Không có người nhận nào (có e-mail) phù hợp với lựa chọn.");
        }
        return jdbc.sql("INSERT INTO training_mail_job (programme_id, subject, body, status_filter, total, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(p.id(), subject, body, status == null ? null : status.name(), total, user).query(Long.class).single();
    }

    public List<Job> jobs(long programmeId) {
        return jdbc.sql("SELECT id, subject, state, total, sent, failed, created_by, created_at FROM training_mail_job WHERE programme_id = ? ORDER BY id DESC LIMIT 20")
                .param(programmeId)
                .query((rs, i) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                        VietnameseFormat.dateTime(rs.getTimestamp(8).toInstant())))
                .list();
    }

    /** Sends one batch of the oldest unfinished job; returns how many messages were attempted. */
    public int work() {
        record Claim(long jobId, long programmeId, String subject, String body, List<Long> registrations) {
        }
        Claim claim = tx.execute(s -> {
            Optional<Object[]> job = jdbc.sql("SELECT id, programme_id, subject, body, status_filter FROM training_mail_job WHERE state <> 'DONE' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)}).optional();
            if (job.isEmpty()) {
                return null;
            }
            long jobId = (Long) job.get()[0];
            long programmeId = (Long) job.get()[1];
            String status = (String) job.get()[4];
            String sql = "INSERT INTO training_mail_log (job_id, registration_id) SELECT ?, r.id FROM training_registration r"
                    + " WHERE r.programme_id = ? AND r.email IS NOT NULL AND " + statusSql(status)
                    + " AND NOT EXISTS (SELECT 1 FROM training_mail_log l WHERE l.job_id = ? AND l.registration_id = r.id) ORDER BY r.id LIMIT ?"
                    + " ON CONFLICT DO NOTHING RETURNING registration_id";
            var q = jdbc.sql(sql).param(jobId).param(programmeId);
            if (status != null) {
                q = q.param(status);
            }
            List<Long> ids = q.param(jobId).param(batch).query(Long.class).list();
            jdbc.sql("UPDATE training_mail_job SET state = ?, finished_at = CASE WHEN ? THEN now() END WHERE id = ?")
                    .params(ids.isEmpty() ? "DONE" : "SENDING", ids.isEmpty(), jobId).update();
            return new Claim(jobId, programmeId, (String) job.get()[2], (String) job.get()[3], ids);
        });
        if (claim == null || claim.registrations().isEmpty()) {
            return 0;
        }
        Programme p = store.programme(claim.programmeId()).orElseThrow();
        int sent = 0;
        int failed = 0;
        for (long id : claim.registrations()) {
            Optional<Registration> r = store.registration(p.id(), id);
            boolean ok = r.isPresent() && mailer.send(r.get(), render(claim.subject(), p, r.get()), render(claim.body(), p, r.get()));
            if (ok) {
                sent++;
            } else {
                failed++;
                jdbc.sql("UPDATE training_mail_log SET error = 'không gửi được' WHERE job_id = ? AND registration_id = ?").params(claim.jobId(), id).update();
            }
        }
        jdbc.sql("UPDATE training_mail_job SET sent = sent + ?, failed = failed + ? WHERE id = ?").params(sent, failed, claim.jobId()).update();
        return claim.registrations().size();
    }
}
