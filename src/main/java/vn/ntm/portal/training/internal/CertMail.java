package vn.ntm.portal.training.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.web.UserInputException;

/**
 * E-mailing issued certificates in the background: a job covers the programme's valid certificates not yet mailed
 * whose holder gave an e-mail address; each batch claims its certificates by setting {@code emailed_at} in one
 * row-locked UPDATE ({@code SKIP LOCKED}, so two nodes or two jobs never both send one), logs them in
 * {@code training_certificate_mail_log}, then sends (the PDF attached, or a link to the personal page's download).
 * A failed send gives the claim back (a later job may try again) and counts as failed.
 */
@Service
public class CertMail {

    private static final Logger log = LoggerFactory.getLogger(CertMail.class);

    public record Job(long id, boolean attachPdf, String state, int total, int sent, int failed, String createdBy, String createdAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TrainingStore store;
    private final CertService certs;
    private final TrainingMailer mailer;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final int batch;

    CertMail(JdbcClient jdbc, PlatformTransactionManager transactions, TrainingStore store, CertService certs, TrainingMailer mailer,
             ObjectProvider<JavaMailSender> mail, @Value("${ntm.mail.from:no-reply@localhost}") String from,
             @Value("${ntm.training.mail-batch:20}") int batch) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.certs = certs;
        this.mailer = mailer;
        this.mail = mail;
        this.from = from;
        this.batch = batch;
    }

    private static final String DUE = """
            FROM training_certificate c JOIN training_registration r ON r.id = c.registration_id
            WHERE c.programme_id = ? AND c.revoked_at IS NULL AND c.emailed_at IS NULL AND r.email IS NOT NULL""";

    /** Valid certificates not yet mailed whose holder has an e-mail address. */
    public long due(long programmeId) {
        return jdbc.sql("SELECT count(*) " + DUE).param(programmeId).query(Long.class).single();
    }

    public long queue(Programme p, boolean attachPdf, String user) {
        long total = due(p.id());
        if (total == 0) {
            throw new UserInputException(409, "Không có giấy chứng nhận nào chưa gửi (người nhận cần có e-mail).");
        }
        return jdbc.sql("INSERT INTO training_certificate_mail_job (programme_id, attach_pdf, total, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(p.id(), attachPdf, total, user).query(Long.class).single();
    }

    public List<Job> jobs(long programmeId) {
        return jdbc.sql("SELECT id, attach_pdf, state, total, sent, failed, created_by, created_at FROM training_certificate_mail_job WHERE programme_id = ? ORDER BY id DESC LIMIT 10")
                .param(programmeId)
                .query((rs, i) -> new Job(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7), VietnameseFormat.dateTime(rs.getTimestamp(8).toInstant())))
                .list();
    }

    @Scheduled(fixedDelayString = "${ntm.training.mail-interval:5s}", initialDelayString = "30s")
    public void scheduled() {
        work();
    }

    /** Sends one batch of the oldest unfinished job; returns how many certificates were attempted. */
    public int work() {
        record Claim(long jobId, long programmeId, boolean attach, List<Long> certificates) {
        }
        Claim claim = tx.execute(s -> {
            Optional<Object[]> job = jdbc.sql("SELECT id, programme_id, attach_pdf FROM training_certificate_mail_job WHERE state <> 'DONE' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getBoolean(3)}).optional();
            if (job.isEmpty()) {
                return null;
            }
            long jobId = (Long) job.get()[0];
            long programmeId = (Long) job.get()[1];
            List<Long> ids = jdbc.sql("""
                    UPDATE training_certificate SET emailed_at = now() WHERE id IN (
                        SELECT c.id\s""" + DUE + """
                         AND NOT EXISTS (SELECT 1 FROM training_certificate_mail_log l WHERE l.job_id = ? AND l.certificate_id = c.id)
                         ORDER BY c.serial LIMIT ? FOR UPDATE OF c SKIP LOCKED)
                    RETURNING id""").params(programmeId, jobId, batch).query(Long.class).list();
            for (long id : ids) {
                jdbc.sql("INSERT INTO training_certificate_mail_log (job_id, certificate_id) VALUES (?, ?)").params(jobId, id).update();
            }
            jdbc.sql("UPDATE training_certificate_mail_job SET state = ?, finished_at = CASE WHEN ? THEN now() END WHERE id = ?")
                    .params(ids.isEmpty() ? "DONE" : "SENDING", ids.isEmpty(), jobId).update();
            return new Claim(jobId, programmeId, (Boolean) job.get()[2], ids);
        });
        if (claim == null || claim.certificates().isEmpty()) {
            return 0;
        }
        Programme p = store.programme(claim.programmeId()).orElseThrow();
        int sent = 0;
        int failed = 0;
        for (long id : claim.certificates()) {
            boolean ok = false;
            try {
                CertRecord c = certs.certificate(id).orElseThrow();
                Optional<Registration> r = store.registration(p.id(), c.registrationId());
                ok = r.isPresent() && send(p, r.get(), c, claim.attach());
            } catch (RuntimeException e) {
                log.error("Certificate {}: could not be prepared for e-mail", id, e);
            }
            if (ok) {
                sent++;
            } else {
                failed++;
                jdbc.sql("UPDATE training_certificate_mail_log SET error = 'không gửi được' WHERE job_id = ? AND certificate_id = ?").params(claim.jobId(), id).update();
                jdbc.sql("UPDATE training_certificate SET emailed_at = NULL WHERE id = ?").param(id).update();
            }
        }
        jdbc.sql("UPDATE training_certificate_mail_job SET sent = sent + ?, failed = failed + ? WHERE id = ?").params(sent, failed, claim.jobId()).update();
        return claim.certificates().size();
    }

    private boolean send(Programme p, Registration r, CertRecord c, boolean attach) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || r.email() == null) {
            log.warn("Certificate {}: no mail server is configured (spring.mail.host) or no address", c.id());
            return false;
        }
        String download = mailer.personalLink(p, r) + "/giay-chung-nhan";
        String text = """
                Kính gửi %s,

                Ban tổ chức "%s" (%s) trân trọng gửi Ông/Bà giấy chứng nhận, số vào sổ %s, cấp ngày %s.
                %s
                Xác minh giấy chứng nhận: %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), p.name(), p.datesText(), c.registerNumber(), c.issuedOnText(),
                attach ? "Giấy chứng nhận được đính kèm thư này (tệp PDF)." : "Tải giấy chứng nhận (PDF) tại: " + download,
                certs.verificationUrl(c));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, attach, "UTF-8");
            helper.setFrom(from);
            helper.setTo(r.email());
            helper.setSubject("Giấy chứng nhận: " + p.name());
            helper.setText(text);
            if (attach) {
                helper.addAttachment(certs.fileName(p, c), new ByteArrayResource(certs.pdf(p, c)), "application/pdf");
            }
            sender.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            log.error("Could not e-mail certificate {}", c.id(), e);
            return false;
        }
    }
}
