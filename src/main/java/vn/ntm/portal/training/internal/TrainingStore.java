package vn.ntm.portal.training.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Channel;
import vn.ntm.portal.training.domain.ChannelKind;
import vn.ntm.portal.training.domain.Coorganiser;
import vn.ntm.portal.training.domain.CustomQuestion;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Gender;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Level;
import vn.ntm.portal.training.domain.Material;
import vn.ntm.portal.training.domain.MaterialKind;
import vn.ntm.portal.training.domain.ProducerType;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.ProgrammeStatus;
import vn.ntm.portal.training.domain.Province;
import vn.ntm.portal.training.domain.QuestionKind;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;

/** Reads of the training tables. */
@Component
public class TrainingStore {

    static final String PROGRAMME_COLUMNS = """
            id, slug, name, summary, description_html, starts_on, ends_on, status, registration_opens_at,
            registration_closes_at, province_version, moderation, offer_hours, reminder_hours, location""";
    static final String REGISTRATION_COLUMNS = """
            r.id, r.programme_id, r.code, r.full_name, r.gender, r.birth_year, r.organisation, r.job_title, r.level,
            r.province_version, r.province_code, p.name AS province_name, r.commune, r.phone, r.email, r.category,
            r.producer_type, r.product_name, r.topic_ids, r.channel_wanted, r.channel, r.accept_livestream, r.status,
            r.question, r.consent_version, r.consent_at, r.offer_expires_at, r.created_at, r.updated_at, r.update_count""";
    /** The province of a registration {@code r} (for its name), joined as {@code p}. */
    static final String REGISTRATION_PROVINCE = "JOIN province p ON p.version = r.province_version AND p.code = r.province_code";
    static final String REGISTRATION_FROM = "training_registration r " + REGISTRATION_PROVINCE;

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the public registration form is checked against: the programme, its custom questions and its topics. */
    /** @param limitedChannels the channels with a capacity (seats) */
    public record RegistrationContext(Programme programme, List<CustomQuestion> questions, List<Topic> topics,
                                      Set<Delivery> limitedChannels) {
    }

    /**
     * The registration context of a public programme's slug, kept for {@value #CONTEXT_SECONDS} s so that a burst of
     * registrations does not read the same three things for each one; forgotten on this node when the back office changes
     * a programme ({@link #forgetRegistrationContexts}), on other nodes within those seconds. What must be exact is
     * checked again in the registration's own statement (the programme published and open).
     */
    public Optional<RegistrationContext> registrationContext(String slug) {
        return contexts.get(slug, s -> programmeBySlug(s).map(p -> new RegistrationContext(p, List.copyOf(questions(p.id())),
                List.copyOf(topics(p.id())), Set.copyOf(capacities(p.id()).keySet()))));
    }

    /**
     * Drops the kept contexts: when the current transaction ends (a form read before then would cache the old state
     * again), or at once outside a transaction (call it after the writes then).
     */
    public void forgetRegistrationContexts() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            contexts.invalidateAll();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                contexts.invalidateAll();
            }
        });
    }

    static final int CONTEXT_SECONDS = 2;

    private final Cache<String, Optional<RegistrationContext>> contexts =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(CONTEXT_SECONDS)).maximumSize(256).build();

    /** The province lists are reference data (migrations only): read once per version. */
    private final Map<Integer, List<Province>> provinceLists = new ConcurrentHashMap<>();

    static final RowMapper<Programme> PROGRAMME = (rs, i) -> new Programme(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("summary"), rs.getString("description_html"),
            rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
            ProgrammeStatus.valueOf(rs.getString("status")), instant(rs, "registration_opens_at"),
            instant(rs, "registration_closes_at"), rs.getInt("province_version"), rs.getBoolean("moderation"),
            rs.getInt("offer_hours"), rs.getInt("reminder_hours"), rs.getString("location"));

    static final RowMapper<Registration> REGISTRATION = (rs, i) -> new Registration(rs.getLong("id"), rs.getLong("programme_id"),
            rs.getString("code"), rs.getString("full_name"), Labelled.parse(Gender.class, rs.getString("gender")),
            (Integer) rs.getObject("birth_year", Integer.class), rs.getString("organisation"), rs.getString("job_title"),
            Labelled.parse(Level.class, rs.getString("level")), rs.getInt("province_version"), rs.getString("province_code"),
            rs.getString("province_name"), rs.getString("commune"), rs.getString("phone"), rs.getString("email"),
            Category.valueOf(rs.getString("category")), Labelled.parse(ProducerType.class, rs.getString("producer_type")),
            rs.getString("product_name"), longs(rs.getArray("topic_ids")), Delivery.valueOf(rs.getString("channel_wanted")),
            Delivery.valueOf(rs.getString("channel")), rs.getBoolean("accept_livestream"),
            RegistrationStatus.valueOf(rs.getString("status")), rs.getString("question"), rs.getString("consent_version"),
            instant(rs, "consent_at"), instant(rs, "offer_expires_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
            rs.getInt("update_count"));

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Long> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(((Number) v).longValue());
        }
        return out;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    // ---- programmes

    public List<Programme> publicProgrammes() {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM training_programme WHERE status <> 'DRAFT' ORDER BY starts_on DESC, id DESC")
                .query(PROGRAMME).list();
    }

    public List<Programme> allProgrammes() {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM training_programme ORDER BY starts_on DESC, id DESC").query(PROGRAMME).list();
    }

    public Optional<Programme> programme(long id) {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM training_programme WHERE id = ?").param(id).query(PROGRAMME).optional();
    }

    public Optional<Programme> programmeBySlug(String slug) {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM training_programme WHERE slug = ?").param(slug).query(PROGRAMME).optional();
    }

    public boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_programme WHERE slug = ? AND id <> ?)").params(slug, exceptId)
                .query(Boolean.class).single();
    }

    // ---- structure

    public List<Coorganiser> coorganisers(long programmeId) {
        return jdbc.sql("SELECT id, programme_id, name, logo_path, website, position FROM training_coorganiser WHERE programme_id = ? ORDER BY position, id")
                .param(programmeId)
                .query((rs, i) -> new Coorganiser(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
    }

    static final RowMapper<Speaker> SPEAKER = (rs, i) -> new Speaker(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("name"),
            rs.getString("title"), rs.getString("organisation"), rs.getString("photo_path"), rs.getString("bio"));

    public List<Speaker> speakers(long programmeId) {
        return jdbc.sql("SELECT * FROM training_speaker WHERE programme_id = ? ORDER BY name, id").param(programmeId).query(SPEAKER).list();
    }

    public Optional<Speaker> speaker(long programmeId, long id) {
        return jdbc.sql("SELECT * FROM training_speaker WHERE programme_id = ? AND id = ?").params(programmeId, id).query(SPEAKER).optional();
    }

    static final RowMapper<Topic> TOPIC = (rs, i) -> new Topic(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("number"),
            rs.getString("title"), rs.getString("summary"));

    public List<Topic> topics(long programmeId) {
        return jdbc.sql("SELECT * FROM training_topic WHERE programme_id = ? ORDER BY number").param(programmeId).query(TOPIC).list();
    }

    public Optional<Topic> topicByNumber(long programmeId, int number) {
        return jdbc.sql("SELECT * FROM training_topic WHERE programme_id = ? AND number = ?").params(programmeId, number).query(TOPIC).optional();
    }

    static final RowMapper<Session> SESSION = (rs, i) -> new Session(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("number"),
            rs.getString("title"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("location"), rs.getBoolean("online"));

    public List<Session> sessions(long programmeId) {
        return jdbc.sql("SELECT * FROM training_session WHERE programme_id = ? ORDER BY starts_at, number").param(programmeId).query(SESSION).list();
    }

    /** topic id → speaker ids, for a programme. */
    public Map<Long, List<Long>> topicSpeakers(long programmeId) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT ts.topic_id, ts.speaker_id FROM training_topic_speaker ts JOIN training_topic t ON t.id = ts.topic_id
                 JOIN training_speaker s ON s.id = ts.speaker_id WHERE t.programme_id = ? ORDER BY t.number, s.name""")
                .param(programmeId).query((rs, i) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }).list();
        return out;
    }

    /** session id → topic ids, for a programme. */
    public Map<Long, List<Long>> sessionTopics(long programmeId) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT st.session_id, st.topic_id FROM training_session_topic st JOIN training_topic t ON t.id = st.topic_id
                 WHERE t.programme_id = ? ORDER BY t.number""")
                .param(programmeId).query((rs, i) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }).list();
        return out;
    }

    public List<Channel> channels(long programmeId) {
        return jdbc.sql("SELECT * FROM training_channel WHERE programme_id = ? ORDER BY id").param(programmeId)
                .query((rs, i) -> new Channel(rs.getLong("id"), rs.getLong("programme_id"), (Long) rs.getObject("session_id", Long.class),
                        (Long) rs.getObject("topic_id", Long.class), ChannelKind.valueOf(rs.getString("kind")), rs.getString("meeting_id"),
                        rs.getString("join_url"), rs.getString("passcode"), rs.getString("label")))
                .list();
    }

    public List<Material> materials(long programmeId) {
        return jdbc.sql("""
                SELECT m.* FROM training_material m JOIN training_topic t ON t.id = m.topic_id WHERE t.programme_id = ?
                 ORDER BY t.number, m.position, m.id""").param(programmeId)
                .query((rs, i) -> new Material(rs.getLong("id"), rs.getLong("topic_id"), MaterialKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("url"), rs.getInt("position")))
                .list();
    }

    public List<CustomQuestion> questions(long programmeId) {
        return jdbc.sql("SELECT * FROM training_question WHERE programme_id = ? ORDER BY position, id").param(programmeId)
                .query((rs, i) -> new CustomQuestion(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("position"),
                        rs.getString("label"), QuestionKind.valueOf(rs.getString("kind")), strings(rs.getArray("options")),
                        rs.getBoolean("required"), (Long) rs.getObject("show_if_question_id", Long.class), rs.getString("show_if_value")))
                .list();
    }

    /** channel → {seats, taken}. */
    public Map<Delivery, int[]> capacities(long programmeId) {
        Map<Delivery, int[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT channel, seats, taken FROM training_capacity WHERE programme_id = ? ORDER BY channel").param(programmeId)
                .query((rs, i) -> out.put(Delivery.valueOf(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return out;
    }

    public String consentText(String version) {
        return jdbc.sql("SELECT body FROM training_consent_text WHERE version = ?").param(version).query(String.class).single();
    }

    public List<Province> provinces(int version) {
        return provinceLists.computeIfAbsent(version, v -> List.copyOf(
                jdbc.sql("SELECT version, code, name FROM province WHERE version = ? ORDER BY code").param(v)
                        .query((rs, i) -> new Province(rs.getInt(1), rs.getString(2), rs.getString(3))).list()));
    }

    // ---- registrations

    public Optional<Registration> registrationByCode(long programmeId, String code) {
        return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM " + REGISTRATION_FROM + " WHERE r.programme_id = ? AND r.code = ?")
                .params(programmeId, code).query(REGISTRATION).optional();
    }

    public Optional<Registration> registration(long programmeId, long id) {
        return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM " + REGISTRATION_FROM + " WHERE r.programme_id = ? AND r.id = ?")
                .params(programmeId, id).query(REGISTRATION).optional();
    }

    /** A registration's custom answers: question id (as text) → values. */
    public Map<String, List<String>> answers(long registrationId) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.key, CASE WHEN jsonb_typeof(e.value) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(e.value))
                                   ELSE ARRAY[e.value #>> '{}'] END
                  FROM training_registration r, jsonb_each(r.answers) e WHERE r.id = ?""").param(registrationId)
                .query((rs, i) -> out.put(rs.getString(1), strings(rs.getArray(2)))).list();
        return out;
    }

    /** Active registrations (not withdrawn, expired or rejected). */
    public long activeRegistrations(long programmeId) {
        return jdbc.sql("SELECT count(*) FROM training_registration WHERE programme_id = ? AND status IN ('PENDING', 'REGISTERED', 'WAITING', 'OFFERED')")
                .param(programmeId).query(Long.class).single();
    }

    /** The organisers' list filter; null fields do not filter. */
    public record Filter(String provinceCode, Category category, Delivery channel, RegistrationStatus status, Long topicId, String text) {
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long programmeId, Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE r.programme_id = ?");
        List<Object> params = new ArrayList<>(List.of(programmeId));
        if (f.provinceCode() != null) {
            sql.append(" AND r.province_code = ?");
            params.add(f.provinceCode());
        }
        if (f.category() != null) {
            sql.append(" AND r.category = ?");
            params.add(f.category().name());
        }
        if (f.channel() != null) {
            sql.append(" AND r.channel = ?");
            params.add(f.channel().name());
        }
        if (f.status() != null) {
            sql.append(" AND r.status = ?");
            params.add(f.status().name());
        }
        if (f.topicId() != null) {
            sql.append(" AND ? = ANY (r.topic_ids)");
            params.add(f.topicId());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND r.search_folded LIKE '%' || document_fold(?) || '%'");
            params.add(f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        return new Where(sql.toString(), params);
    }

    public long count(long programmeId, Filter f) {
        Where w = where(programmeId, f);
        return jdbc.sql("SELECT count(*) FROM training_registration r" + w.sql()).params(w.params()).query(Long.class).single();
    }

    public List<Registration> page(long programmeId, Filter f, long offset, int limit) {
        Where w = where(programmeId, f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM " + REGISTRATION_FROM + w.sql() + " ORDER BY r.created_at DESC, r.id DESC OFFSET ? LIMIT ?")
                .params(params).query(REGISTRATION).list();
    }

    /** Every matching registration (for exports and bulk mail), in no particular order. */
    public List<Registration> all(long programmeId, Filter f) {
        Where w = where(programmeId, f);
        return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM " + REGISTRATION_FROM + w.sql() + " ORDER BY r.id")
                .params(w.params()).query(REGISTRATION).list();
    }

    /** Registrations per status. */
    public Map<RegistrationStatus, Long> statusCounts(long programmeId) {
        Map<RegistrationStatus, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*) FROM training_registration WHERE programme_id = ? GROUP BY status").param(programmeId)
                .query((rs, i) -> out.put(RegistrationStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return out;
    }
}
