package vn.ntm.portal.training.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.PersonalCodes;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationInput;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.web.UserInputException;

/**
 * The registration write path and the seats of channels with a capacity.
 *
 * <p>A submission is one short transaction: take a seat if the wanted channel has a capacity (one UPDATE of the
 * counter row, which serialises seat changes of that channel), then one {@code INSERT … ON CONFLICT DO NOTHING}
 * that also checks the registration window inside the statement. When the insert meets the same phone or
 * e-mail in the programme (the unique partial indexes; a concurrent identical submission waits for the first
 * and then does nothing), the seat is given back and the existing row is locked and updated instead, so
 * sixteen identical submissions end as one row. The common submission (no moderation, a channel without a capacity,
 * no question for the speakers) is first tried as that INSERT alone, without a transaction around it; when it
 * inserts nothing, the transaction decides.
 *
 * <p>Seats: {@code training_capacity.taken} counts the rows REGISTERED or OFFERED on that channel, kept by
 * deltas in the transaction that changes a row. A freed seat is offered to the first WAITING registrant of the
 * channel ({@code FOR UPDATE SKIP LOCKED} under the counter row's lock, so two nodes never offer one seat
 * twice) for {@code offer_hours}; expired offers give the seat to the next.
 */
@Service
public class RegistrationService {

    public static final String CONSENT_VERSION = "ND13-2023-tap-huan-v1";
    private static final Set<RegistrationStatus> ENDED = EnumSet.of(RegistrationStatus.WITHDRAWN, RegistrationStatus.EXPIRED,
            RegistrationStatus.REJECTED);

    /** What a submission did: the registration as stored, whether it updated an earlier one, offers made. */
    public record Outcome(Registration registration, boolean updated, List<Registration> offers) {
    }

    private record Placement(RegistrationStatus status, Delivery channel) {
    }

    /** @param row the registration as stored, when the statement that wrote it returned it (null: read it again) */
    private record Written(long id, boolean updated, Set<Delivery> freed, Registration row) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TrainingStore store;
    private final AskFromRegistration asks;

    RegistrationService(JdbcClient jdbc, PlatformTransactionManager transactions, TrainingStore store, AskFromRegistration asks) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.asks = asks;
    }

    /**
     * @param context the programme's registration context, kept a few seconds: it only chooses the way; the statements
     *                check what they depend on as stored now
     */
    public Outcome submit(TrainingStore.RegistrationContext context, RegistrationInput in, String ip) {
        Programme programme = context.programme();
        if (!programme.moderation() && !context.limitedChannels().contains(in.channelWanted()) && !in.hasQuestion()) {
            // the common case in one statement without a transaction around it: a new phone/e-mail, no moderation, a
            // channel without a capacity, nothing to sync; anything else (a conflict, closed, or a moderation or
            // capacity set since the context was read) takes the transaction below, which decides it exactly
            Optional<Registration> inserted = insert(programme, in, ip, new Placement(RegistrationStatus.REGISTERED, in.channelWanted()), true);
            if (inserted.isPresent()) {
                return new Outcome(inserted.get(), false, List.of());
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Written w = tx.execute(s -> write(programme, in, ip));
                List<Registration> offers = new ArrayList<>();
                for (Delivery freed : w.freed()) {
                    offers.addAll(fill(programme.id(), freed));
                }
                Registration stored = w.row() != null ? w.row() : store.registration(programme.id(), w.id()).orElseThrow();
                return new Outcome(stored, w.updated(), offers);
            } catch (DuplicateKeyException e) {
                // the update met another registration's phone or e-mail
                throw new UserInputException(409, "Số điện thoại và e-mail này thuộc về hai đăng ký khác nhau trong chương trình. "
                        + "Vui lòng dùng mã đăng ký cá nhân để sửa từng đăng ký, hoặc liên hệ ban tổ chức.");
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= 4) {
                    throw e;
                }
            } catch (RetryWithNewCode e) {
                if (attempt >= 8) {
                    throw new IllegalStateException("could not find a free personal code");
                }
            }
        }
    }

    /** Thrown inside the transaction when the random personal code was taken (rolls it back). */
    private static final class RetryWithNewCode extends RuntimeException {
        RetryWithNewCode() {
            super(null, null, false, false);
        }
    }

    private Written write(Programme p, RegistrationInput in, String ip) {
        // moderation as stored now: the programme may be a form context kept for a few seconds
        boolean moderation = jdbc.sql("SELECT moderation FROM training_programme WHERE id = ?").param(p.id()).query(Boolean.class)
                .optional().orElse(false);
        Placement placement = place(p.id(), in.channelWanted(), in.acceptLivestream(), moderation);
        Optional<Registration> inserted = insert(p, in, ip, placement, false);
        if (inserted.isPresent()) {
            if (in.hasQuestion()) {
                asks.sync(inserted.get().id()); // a new registration without a question has nothing to sync
            }
            return new Written(inserted.get().id(), false, Set.of(), inserted.get());
        }
        // not inserted: closed, or the same phone/e-mail exists (or, very rarely, the code was taken)
        releaseIfHeld(p.id(), placement);
        if (!open(p.id())) {
            throw new UserInputException(409, "Đã hết hạn đăng ký chương trình này. Thông tin của bạn chưa được lưu.");
        }
        List<Registration> existing = jdbc.sql("SELECT " + TrainingStore.REGISTRATION_COLUMNS + " FROM " + TrainingStore.REGISTRATION_FROM
                        + " WHERE r.programme_id = ? AND ((r.phone = ?) OR (lower(r.email) = lower(?))) ORDER BY r.id FOR UPDATE OF r")
                .params(p.id(), in.phone(), in.email()).query(TrainingStore.REGISTRATION).list();
        if (existing.isEmpty()) {
            throw new RetryWithNewCode();
        }
        if (existing.size() > 1) {
            throw new DuplicateKeyException("phone and e-mail of two registrations");
        }
        Registration old = existing.get(0);
        Set<Delivery> freed = EnumSet.noneOf(Delivery.class);
        Placement next;
        if (ENDED.contains(old.status())) {
            next = place(p.id(), in.channelWanted(), in.acceptLivestream(), moderation);
        } else if (old.status() == RegistrationStatus.PENDING) {
            next = new Placement(RegistrationStatus.PENDING, in.channelWanted());
        } else if (old.channelWanted() == in.channelWanted() && old.acceptLivestream() == in.acceptLivestream()) {
            next = new Placement(old.status(), old.channel());
        } else {
            if (holdsSeat(old.status())) {
                release(p.id(), old.channel());
                freed.add(old.channel());
            }
            next = place(p.id(), in.channelWanted(), in.acceptLivestream(), false);
        }
        jdbc.sql("""
                UPDATE training_registration SET full_name = ?, gender = ?, birth_year = ?, organisation = ?, job_title = ?, level = ?,
                  province_code = ?, commune = ?, phone = coalesce(?, phone), email = coalesce(?, email), category = ?, producer_type = ?,
                  product_name = ?, topic_ids = ?::bigint[], channel_wanted = ?, channel = ?, accept_livestream = ?, status = ?,
                  question = CASE WHEN ? = '' THEN question ELSE ? END, answers = ?::jsonb, consent_version = ?, consent_at = now(),
                  waiting_since = CASE WHEN ? = 'WAITING' THEN coalesce(CASE WHEN status = 'WAITING' THEN waiting_since END, clock_timestamp()) END,
                  offer_expires_at = CASE WHEN ? = 'OFFERED' THEN offer_expires_at END,
                  updated_at = now(), update_count = update_count + 1
                 WHERE id = ?""")
                .params(in.fullName(), name(in.gender()), in.birthYear(), in.organisation(), in.jobTitle(), name(in.level()),
                        in.provinceCode(), in.commune(), in.phone(), in.email(), in.category().name(), name(in.producerType()),
                        in.productName(), array(in.topicIds()), in.channelWanted().name(), next.channel().name(), in.acceptLivestream(),
                        next.status().name(), in.question(), in.question(), in.answersJson(), CONSENT_VERSION, next.status().name(),
                        next.status().name(), old.id())
                .update();
        asks.sync(old.id());
        return new Written(old.id(), true, freed, null);
    }

    /**
     * Changes a registration from its personal page (the same checks as the form, the same seat rules); the
     * phone and e-mail may change but not onto another registration's.
     */
    public Outcome change(Programme p, Registration current, RegistrationInput in) {
        try {
            Written w = tx.execute(s -> {
                Registration old = lock(current.id());
                if (!old.active()) {
                    throw new UserInputException(409, "Đăng ký này đã kết thúc, không sửa được. Bạn có thể đăng ký lại bằng biểu mẫu.");
                }
                Set<Delivery> freed = EnumSet.noneOf(Delivery.class);
                Placement next;
                if (old.status() == RegistrationStatus.PENDING) {
                    next = new Placement(RegistrationStatus.PENDING, in.channelWanted());
                } else if (old.channelWanted() == in.channelWanted() && old.acceptLivestream() == in.acceptLivestream()) {
                    next = new Placement(old.status(), old.channel());
                } else {
                    if (holdsSeat(old.status())) {
                        release(p.id(), old.channel());
                        freed.add(old.channel());
                    }
                    next = place(p.id(), in.channelWanted(), in.acceptLivestream(), false);
                }
                jdbc.sql("""
                        UPDATE training_registration SET full_name = ?, gender = ?, birth_year = ?, organisation = ?, job_title = ?, level = ?,
                          province_code = ?, commune = ?, phone = ?, email = ?, category = ?, producer_type = ?, product_name = ?,
                          topic_ids = ?::bigint[], channel_wanted = ?, channel = ?, accept_livestream = ?, status = ?, question = ?,
                          answers = ?::jsonb,
                          waiting_since = CASE WHEN ? = 'WAITING' THEN coalesce(CASE WHEN status = 'WAITING' THEN waiting_since END, clock_timestamp()) END,
                          offer_expires_at = CASE WHEN ? = 'OFFERED' THEN offer_expires_at END,
                          updated_at = now(), update_count = update_count + 1
                         WHERE id = ?""")
                        .params(in.fullName(), name(in.gender()), in.birthYear(), in.organisation(), in.jobTitle(), name(in.level()),
                                in.provinceCode(), in.commune(), in.phone(), in.email(), in.category().name(), name(in.producerType()),
                                in.productName(), array(in.topicIds()), in.channelWanted().name(), next.channel().name(),
                                in.acceptLivestream(), next.status().name(), in.question(), in.answersJson(), next.status().name(),
                                next.status().name(), old.id())
                        .update();
                asks.sync(old.id());
                return new Written(old.id(), true, freed, null);
            });
            List<Registration> offers = new ArrayList<>();
            for (Delivery freed : w.freed()) {
                offers.addAll(fill(p.id(), freed));
            }
            return new Outcome(store.registration(p.id(), w.id()).orElseThrow(), true, offers);
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Số điện thoại hoặc e-mail này đã được dùng cho một đăng ký khác trong chương trình.");
        }
    }

    /** Withdraws a registration; a seat it held is offered to the next waiting person. Returns the offers made. */
    public List<Registration> withdraw(long programmeId, long registrationId) {
        Delivery freed = tx.execute(s -> {
            Registration old = lock(registrationId);
            if (!old.active()) {
                return null;
            }
            jdbc.sql("UPDATE training_registration SET status = 'WITHDRAWN', offer_expires_at = NULL, waiting_since = NULL, updated_at = now() WHERE id = ?")
                    .param(registrationId).update();
            if (holdsSeat(old.status())) {
                release(programmeId, old.channel());
                return old.channel();
            }
            return null;
        });
        return freed == null ? List.of() : fill(programmeId, freed);
    }

    /** Takes an offered seat while the offer runs; false when there is no running offer. */
    public boolean acceptOffer(long registrationId) {
        return jdbc.sql("""
                UPDATE training_registration SET status = 'REGISTERED', offer_expires_at = NULL, waiting_since = NULL, updated_at = now()
                 WHERE id = ? AND status = 'OFFERED' AND offer_expires_at > now()""").param(registrationId).update() == 1;
    }

    /** Moderation: a pending registration approved takes its place (seat, waiting list or livestream). */
    public Optional<Registration> approve(Programme p, long registrationId) {
        Boolean done = tx.execute(s -> {
            Registration old = lock(registrationId);
            if (old.status() != RegistrationStatus.PENDING) {
                return false;
            }
            Placement next = place(p.id(), old.channelWanted(), old.acceptLivestream(), false);
            jdbc.sql("""
                    UPDATE training_registration SET status = ?, channel = ?, waiting_since = CASE WHEN ? = 'WAITING' THEN clock_timestamp() END,
                      updated_at = now() WHERE id = ?""")
                    .params(next.status().name(), next.channel().name(), next.status().name(), registrationId).update();
            return true;
        });
        return Boolean.TRUE.equals(done) ? store.registration(p.id(), registrationId) : Optional.empty();
    }

    public Optional<Registration> reject(Programme p, long registrationId) {
        int n = jdbc.sql("UPDATE training_registration SET status = 'REJECTED', updated_at = now() WHERE id = ? AND programme_id = ? AND status = 'PENDING'")
                .params(registrationId, p.id()).update();
        return n == 1 ? store.registration(p.id(), registrationId) : Optional.empty();
    }

    /** Sets a channel's seats (null: unlimited), recounting the seats taken; then offers any free seats. */
    public List<Registration> setCapacity(long programmeId, Delivery channel, Integer seats) {
        tx.executeWithoutResult(s -> {
            if (seats == null) {
                jdbc.sql("DELETE FROM training_capacity WHERE programme_id = ? AND channel = ?").params(programmeId, channel.name()).update();
                return;
            }
            jdbc.sql("""
                    INSERT INTO training_capacity (programme_id, channel, seats, taken)
                    VALUES (?, ?, ?, (SELECT count(*) FROM training_registration WHERE programme_id = ? AND channel = ? AND status IN ('REGISTERED', 'OFFERED')))
                    ON CONFLICT (programme_id, channel) DO UPDATE SET seats = EXCLUDED.seats, taken = EXCLUDED.taken""")
                    .params(programmeId, channel.name(), seats, programmeId, channel.name()).update();
        });
        return seats == null ? List.of() : fill(programmeId, channel);
    }

    /**
     * Offers the free seats of a channel to the first waiting registrants. Safe on several nodes: the counter
     * row is locked, waiting rows another transaction holds are skipped.
     */
    public List<Registration> fill(long programmeId, Delivery channel) {
        List<Long> offered = tx.execute(s -> {
            Optional<int[]> cap = jdbc.sql("SELECT seats, taken FROM training_capacity WHERE programme_id = ? AND channel = ? FOR UPDATE")
                    .params(programmeId, channel.name()).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
            int free = cap.map(c -> c[0] - c[1]).orElse(0);
            if (free <= 0) {
                return List.<Long>of();
            }
            List<Long> ids = jdbc.sql("""
                    SELECT id FROM training_registration WHERE programme_id = ? AND channel_wanted = ? AND status = 'WAITING'
                     ORDER BY waiting_since, id LIMIT ? FOR UPDATE SKIP LOCKED""")
                    .params(programmeId, channel.name(), free).query(Long.class).list();
            if (ids.isEmpty()) {
                return ids;
            }
            jdbc.sql("""
                    UPDATE training_registration r SET status = 'OFFERED', channel = r.channel_wanted, updated_at = now(),
                      offer_expires_at = now() + make_interval(hours => p.offer_hours)
                      FROM training_programme p WHERE p.id = r.programme_id AND r.id = ANY (?::bigint[])""")
                    .param(array(ids)).update();
            jdbc.sql("UPDATE training_capacity SET taken = taken + ? WHERE programme_id = ? AND channel = ?")
                    .params(ids.size(), programmeId, channel.name()).update();
            return ids;
        });
        return offered.stream().map(id -> store.registration(programmeId, id).orElseThrow()).toList();
    }

    /**
     * Ends offers whose time ran out (status EXPIRED) and passes their seats on. Rows are claimed with
     * {@code SKIP LOCKED}, so two nodes running this together share the work. Returns the new offers.
     */
    public List<Registration> expireOffers() {
        record Expired(long programmeId, Delivery channel) {
        }
        List<Expired> expired = tx.execute(s -> {
            record Row(long id, Expired expired) {
            }
            List<Row> claimed = jdbc.sql("""
                    SELECT id, programme_id, channel FROM training_registration WHERE status = 'OFFERED' AND offer_expires_at <= now()
                     ORDER BY offer_expires_at LIMIT 200 FOR UPDATE SKIP LOCKED""")
                    .query((rs, i) -> new Row(rs.getLong(1), new Expired(rs.getLong(2), Delivery.valueOf(rs.getString(3))))).list();
            if (claimed.isEmpty()) {
                return List.<Expired>of();
            }
            jdbc.sql("UPDATE training_registration SET status = 'EXPIRED', offer_expires_at = NULL, updated_at = now() WHERE id = ANY (?::bigint[])")
                    .param(array(claimed.stream().map(Row::id).toList())).update();
            List<Expired> rows = claimed.stream().map(Row::expired).toList();
            rows.stream().collect(Collectors.groupingBy(e -> e, Collectors.counting())).forEach((e, n) ->
                    jdbc.sql("UPDATE training_capacity SET taken = greatest(taken - ?, 0) WHERE programme_id = ? AND channel = ?")
                            .params(n, e.programmeId(), e.channel().name()).update());
            return rows;
        });
        List<Registration> offers = new ArrayList<>();
        for (Expired e : Set.copyOf(expired)) {
            offers.addAll(fill(e.programmeId(), e.channel()));
        }
        return offers;
    }

    // ---- seats

    private Placement place(long programmeId, Delivery wanted, boolean acceptLivestream, boolean moderation) {
        if (moderation) {
            return new Placement(RegistrationStatus.PENDING, wanted);
        }
        if (takeSeat(programmeId, wanted)) {
            return new Placement(RegistrationStatus.REGISTERED, wanted);
        }
        if (acceptLivestream) {
            for (Delivery alt : List.of(Delivery.YOUTUBE, Delivery.FACEBOOK)) {
                if (alt != wanted && takeSeat(programmeId, alt)) {
                    return new Placement(RegistrationStatus.REGISTERED, alt);
                }
            }
        }
        return new Placement(RegistrationStatus.WAITING, wanted);
    }

    /**
     * Inserts the registration when the programme is open and neither its phone, its e-mail nor its (random) code is
     * taken; with {@code unlimitedOnly} also only when the programme (as stored now) has no moderation and the wanted channel
     * no capacity, the two things a placement decides. Returns the row as the
     * confirmation needs it (with its province's name), read in the same statement.
     */
    private Optional<Registration> insert(Programme p, RegistrationInput in, String ip, Placement placement, boolean unlimitedOnly) {
        return jdbc.sql("WITH r AS (" + """
                INSERT INTO training_registration (programme_id, code, full_name, gender, birth_year, organisation, job_title, level,
                  province_version, province_code, commune, phone, email, category, producer_type, product_name, topic_ids,
                  channel_wanted, channel, accept_livestream, status, question, answers, consent_version, consent_at,
                  waiting_since, submitter_ip)
                SELECT p.id, ?, ?, ?, ?, ?, ?, ?, p.province_version, ?, ?, ?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?, ?, ?, ?::jsonb, ?, now(),
                       CASE WHEN ? = 'WAITING' THEN clock_timestamp() END, ?::inet
                  FROM training_programme p
                 WHERE p.id = ? AND p.status = 'PUBLISHED'
                   AND (p.registration_opens_at IS NULL OR now() >= p.registration_opens_at)
                   AND (p.registration_closes_at IS NULL OR now() < p.registration_closes_at)
                   AND NOT (? AND (p.moderation OR EXISTS (SELECT 1 FROM training_capacity c WHERE c.programme_id = p.id AND c.channel = ?)))
                ON CONFLICT DO NOTHING
                RETURNING *""" + ") SELECT " + TrainingStore.REGISTRATION_COLUMNS + " FROM r " + TrainingStore.REGISTRATION_PROVINCE)
                .params(PersonalCodes.generate(), in.fullName(), name(in.gender()), in.birthYear(), in.organisation(), in.jobTitle(), name(in.level()),
                        in.provinceCode(), in.commune(), in.phone(), in.email(), in.category().name(), name(in.producerType()),
                        in.productName(), array(in.topicIds()), in.channelWanted().name(), placement.channel().name(),
                        in.acceptLivestream(), placement.status().name(), in.question(), in.answersJson(), CONSENT_VERSION,
                        placement.status().name(), ip, p.id(), unlimitedOnly, in.channelWanted().name())
                .query(TrainingStore.REGISTRATION).optional();
    }

    /** Takes a seat of a channel with a capacity; true also when the channel has no capacity (unlimited). */
    private boolean takeSeat(long programmeId, Delivery channel) {
        // one statement: a seat taken, or no capacity row at all (the row, when there is one, exists in both snapshots)
        return jdbc.sql("""
                WITH taken AS (UPDATE training_capacity SET taken = taken + 1 WHERE programme_id = ? AND channel = ? AND taken < seats RETURNING 1)
                SELECT EXISTS (SELECT 1 FROM taken) OR NOT EXISTS (SELECT 1 FROM training_capacity WHERE programme_id = ? AND channel = ?)""")
                .params(programmeId, channel.name(), programmeId, channel.name()).query(Boolean.class).single();
    }

    private void releaseIfHeld(long programmeId, Placement placement) {
        if (holdsSeat(placement.status())) {
            release(programmeId, placement.channel());
        }
    }

    private void release(long programmeId, Delivery channel) {
        jdbc.sql("UPDATE training_capacity SET taken = greatest(taken - 1, 0) WHERE programme_id = ? AND channel = ?")
                .params(programmeId, channel.name()).update();
    }

    private static boolean holdsSeat(RegistrationStatus status) {
        return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.OFFERED;
    }

    private boolean open(long programmeId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM training_programme p WHERE p.id = ? AND p.status = 'PUBLISHED'
                   AND (p.registration_opens_at IS NULL OR now() >= p.registration_opens_at)
                   AND (p.registration_closes_at IS NULL OR now() < p.registration_closes_at))""")
                .param(programmeId).query(Boolean.class).single();
    }

    private Registration lock(long id) {
        return jdbc.sql("SELECT " + TrainingStore.REGISTRATION_COLUMNS + " FROM " + TrainingStore.REGISTRATION_FROM + " WHERE r.id = ? FOR UPDATE OF r")
                .param(id).query(TrainingStore.REGISTRATION).single();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
