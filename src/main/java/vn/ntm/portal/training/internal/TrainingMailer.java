package vn.ntm.portal.training.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;

/**
 * Mail to registrants (those who gave an e-mail address): the confirmation with the personal code, seat
 * offers and moderation results through the outbox ({@link #queue}, delivered with retries), reminders and bulk
 * mail from their own jobs ({@link #send}). Without an SMTP server (spring.mail.host) a warning is logged and
 * nothing else happens; a failed send is logged and never undoes the registration.
 */
@Component
public class TrainingMailer {

    private static final Logger log = LoggerFactory.getLogger(TrainingMailer.class);

    public static final int MAX_ATTEMPTS = 8;
    private static final int LEASE_MINUTES = 10;

    private final ObjectProvider<JavaMailSender> mail;
    private final JdbcClient jdbc;
    private final String baseUrl;
    private final String from;
    private final Duration firstRetry;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "training-mail");
        t.setDaemon(true);
        return t;
    });

    TrainingMailer(ObjectProvider<JavaMailSender> mail, JdbcClient jdbc, @Value("${ntm.public-url:http://localhost:8080}") String baseUrl,
                   @Value("${ntm.mail.from:no-reply@localhost}") String from,
                   @Value("${ntm.training.outbox-first-retry:30s}") Duration firstRetry) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.firstRetry = firstRetry;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** The absolute address of a registrant's personal page. */
    public String personalLink(Programme p, Registration r) {
        return baseUrl + p.path() + "/dang-ky/" + r.code();
    }

    public void confirmed(Programme p, Registration r, boolean updated) {
        if (r.email() == null) {
            return; // most registrants give only a phone: nothing to write
        }
        String state = switch (r.status()) {
            case PENDING -> "Đăng ký của Ông/Bà đang chờ ban tổ chức duyệt; chúng tôi sẽ báo kết quả qua e-mail.";
            case WAITING -> "Kênh " + r.channelWanted().label() + " đã hết chỗ: Ông/Bà đang trong danh sách chờ. "
                    + "Khi có chỗ trống, chúng tôi gửi thư mời nhận chỗ có thời hạn.";
            default -> "Kênh tham gia: " + r.channel().label() + ".";
        };
        queue(r, (updated ? "Đã cập nhật đăng ký " : "Xác nhận đăng ký ") + p.name(), """
                Kính gửi %s,

                %s đăng ký tham gia "%s" (%s).
                %s

                Mã đăng ký cá nhân: %s
                Xem, sửa hoặc hủy đăng ký tại: %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), updated ? "Ông/Bà đã cập nhật" : "Ông/Bà đã", p.name(), p.datesText(), state,
                r.displayCode(), personalLink(p, r)));
    }

    public void offered(Programme p, Registration r) {
        queue(r, "Có chỗ trống cho Ông/Bà: " + p.name(), """
                Kính gửi %s,

                Đã có chỗ trống trên kênh %s của "%s". Chỗ được giữ cho Ông/Bà đến %s.
                Để nhận chỗ, mở trang đăng ký cá nhân và bấm "Nhận chỗ": %s

                Sau thời hạn trên, chỗ được chuyển cho người tiếp theo trong danh sách chờ.
                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), r.channelWanted().label(), p.name(), r.offerExpiresText(), personalLink(p, r)));
    }

    public void moderated(Programme p, Registration r) {
        boolean approved = r.status() != RegistrationStatus.REJECTED;
        queue(r, (approved ? "Đăng ký đã được duyệt: " : "Đăng ký không được duyệt: ") + p.name(), """
                Kính gửi %s,

                %s
                Mã đăng ký cá nhân: %s — %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), approved
                        ? "Ban tổ chức đã duyệt đăng ký của Ông/Bà tham gia \"" + p.name() + "\" (" + r.status().label() + ")."
                        : "Rất tiếc, ban tổ chức không duyệt được đăng ký của Ông/Bà tham gia \"" + p.name() + "\".",
                r.displayCode(), personalLink(p, r)));
    }

    /** Sends one message to a registrant now; false when it could not be sent (no address, no server, an error). */
    public boolean send(Registration r, String subject, String text) {
        JavaMailSender sender = sender(r);
        if (sender == null) {
            return false;
        }
        try {
            deliver(sender, r.email(), subject, text);
            return true;
        } catch (MailException e) {
            log.error("Could not send mail to registration {}", r.id(), e);
            return false;
        }
    }

    /** The mail server for a message to this registrant, or null (no address; no server, which is logged). */
    private JavaMailSender sender(Registration r) {
        if (r.email() == null) {
            return null;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Registration {}: no mail server is configured (spring.mail.host), the registrant is not notified by e-mail", r.id());
        }
        return sender;
    }

    private void deliver(JavaMailSender sender, String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }

    /**
     * Puts a message to a registrant in the outbox (one INSERT) and wakes the sender: the request does not wait for the
     * mail server, and a message the server refuses or cannot take is tried again ({@link #drain}).
     */
    public void queue(Registration r, String subject, String text) {
        if (sender(r) == null) {
            return;
        }
        jdbc.sql("INSERT INTO training_mail_outbox (registration_id, recipient, subject, body) VALUES (?, ?, ?, ?)")
                .params(r.id(), r.email(), subject, text).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Drains the outbox on the sender thread soon (once, however many messages were queued meanwhile). */
    private void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                sending.execute(() -> {
                    woken.set(false);
                    drain();
                });
            } catch (RejectedExecutionException e) {
                woken.set(false); // shutting down: the next start sends what is left
            }
        }
    }

    /**
     * Sends the messages due, in the order they were queued; returns how many were delivered. Each batch is leased
     * ({@value #LEASE_MINUTES} minutes; a sender that dies leaves them to the next after that) with
     * {@code SKIP LOCKED}, so several nodes never send one message twice. A failed attempt is retried after 30 s, 1,
     * 2, 4 … minutes (at most an hour; {@code ntm.training.outbox-first-retry} sets the first pause); after {@value #MAX_ATTEMPTS} attempts the message is kept as failed, with the
     * error. Runs every few seconds as well, for messages of other nodes and retries.
     */
    @Scheduled(fixedDelayString = "${ntm.training.outbox-interval:5s}", initialDelayString = "${ntm.training.outbox-interval:5s}")
    public int drain() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        record Claimed(long id, long registrationId, String recipient, String subject, String body, int attempts) {
        }
        int delivered = 0;
        while (true) {
            List<Claimed> batch = jdbc.sql("""
                    UPDATE training_mail_outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(mins => ?)
                      FROM (SELECT id FROM training_mail_outbox WHERE failed_at IS NULL AND next_attempt_at <= now()
                             ORDER BY next_attempt_at, id LIMIT 50 FOR UPDATE SKIP LOCKED) due
                     WHERE o.id = due.id
                    RETURNING o.id, o.registration_id, o.recipient, o.subject, o.body, o.attempts""")
                    .param(LEASE_MINUTES)
                    .query((rs, i) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6)))
                    .list();
            if (batch.isEmpty()) {
                return delivered;
            }
            batch = batch.stream().sorted(Comparator.comparingLong(Claimed::id)).toList();
            for (Claimed m : batch) {
                try {
                    deliver(sender, m.recipient(), m.subject(), m.body());
                    jdbc.sql("DELETE FROM training_mail_outbox WHERE id = ?").param(m.id()).update();
                    delivered++;
                } catch (MailException e) {
                    boolean last = m.attempts() >= MAX_ATTEMPTS;
                    log.warn("Mail to registration {} not sent (attempt {} of {}{}): {}", m.registrationId(), m.attempts(), MAX_ATTEMPTS,
                            last ? ", given up" : "", e.getMessage());
                    jdbc.sql("""
                            UPDATE training_mail_outbox SET last_error = left(?, 2000),
                              next_attempt_at = now() + make_interval(secs => least(? * power(2, attempts - 1), ?)),
                              failed_at = CASE WHEN ? THEN now() END
                             WHERE id = ?""")
                            .params(String.valueOf(e.getMessage()), firstRetry.toSeconds(), Math.max(firstRetry.toSeconds(), 3600), last, m.id())
                            .update();
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
