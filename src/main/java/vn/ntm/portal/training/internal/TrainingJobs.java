package vn.ntm.portal.training.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ntm.portal.training.domain.Channel;
import vn.ntm.portal.training.domain.ChannelKind;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.Session;

/**
 * The module's timers, each safe on several nodes: expired seat offers pass to the next waiting person
 * ({@code SKIP LOCKED}), reminders before each session (one row per session and registrant inserted before
 * the mail goes, so nobody is reminded twice), and the bulk-mail batches.
 */
@Component
public class TrainingJobs {

    private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);

    private final JdbcClient jdbc;
    private final RegistrationService registrations;
    private final TrainingStore store;
    private final TrainingMailer mailer;
    private final BulkMail bulk;

    TrainingJobs(JdbcClient jdbc, RegistrationService registrations, TrainingStore store, TrainingMailer mailer, BulkMail bulk) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.store = store;
        this.mailer = mailer;
        this.bulk = bulk;
    }

    @Scheduled(fixedDelayString = "${ntm.training.offer-check-interval:1m}", initialDelayString = "${ntm.training.offer-check-interval:1m}")
    public void expireOffers() {
        for (Registration r : registrations.expireOffers()) {
            store.programme(r.programmeId()).ifPresent(p -> mailer.offered(p, r));
        }
    }

    @Scheduled(fixedDelayString = "${ntm.training.mail-interval:5s}", initialDelayString = "30s")
    public void sendBulkMail() {
        bulk.work();
    }

    /** Claims and sends the reminders now due; returns how many were claimed. */
    @Scheduled(fixedDelayString = "${ntm.training.reminder-interval:1m}", initialDelayString = "${ntm.training.reminder-interval:1m}")
    public int sendReminders() {
        record Due(long sessionId, long registrationId, long programmeId) {
        }
        List<Due> due = jdbc.sql("""
                INSERT INTO training_reminder_sent (session_id, registration_id)
                SELECT s.id, r.id
                  FROM training_session s
                  JOIN training_programme p ON p.id = s.programme_id
                  JOIN training_registration r ON r.programme_id = p.id AND r.status = 'REGISTERED' AND r.email IS NOT NULL
                 WHERE p.status = 'PUBLISHED' AND p.reminder_hours > 0
                   AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => p.reminder_hours)
                   AND (cardinality(r.topic_ids) = 0
                        OR NOT EXISTS (SELECT 1 FROM training_session_topic st WHERE st.session_id = s.id)
                        OR r.topic_ids && ARRAY(SELECT st.topic_id FROM training_session_topic st WHERE st.session_id = s.id))
                 LIMIT 1000
                ON CONFLICT DO NOTHING
                RETURNING session_id, registration_id, (SELECT programme_id FROM training_session WHERE id = session_id)""")
                .query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        for (Due d : due) {
            Programme p = store.programme(d.programmeId()).orElseThrow();
            Session s = store.sessions(p.id()).stream().filter(x -> x.id() == d.sessionId()).findFirst().orElseThrow();
            store.registration(p.id(), d.registrationId()).ifPresent(r -> remind(p, s, r));
        }
        if (!due.isEmpty()) {
            log.info("Sent {} session reminders", due.size());
        }
        return due.size();
    }

    private void remind(Programme p, Session s, Registration r) {
        StringBuilder zoom = new StringBuilder();
        if (r.channel() == Delivery.ZOOM) {
            for (Channel c : store.channels(p.id())) {
                if (c.isZoom() && c.sessionId() != null && c.sessionId() == s.id()) {
                    zoom.append("Tham gia Zoom: ").append(c.joinUrl());
                    if (c.meetingId() != null) {
                        zoom.append(" (ID ").append(c.meetingId()).append(c.passcode() == null ? "" : ", mật mã " + c.passcode()).append(')');
                    }
                    zoom.append('\n');
                }
            }
        } else {
            store.channels(p.id()).stream().filter(c -> c.sessionId() != null && c.sessionId() == s.id()
                    && c.kind() == (r.channel() == Delivery.YOUTUBE ? ChannelKind.YOUTUBE : ChannelKind.FACEBOOK))
                    .forEach(c -> zoom.append(c.publicLabel()).append(": ").append(c.joinUrl()).append('\n'));
        }
        mailer.send(r, "Nhắc lịch: " + s.heading() + " - " + p.name(), """
                Kính gửi %s,

                %s của "%s" diễn ra vào %s.
                %s
                Trang đăng ký cá nhân (đường dẫn, tài liệu, hủy đăng ký): %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), s.heading(), p.name(), s.whenText(), zoom, mailer.personalLink(p, r)));
    }
}
