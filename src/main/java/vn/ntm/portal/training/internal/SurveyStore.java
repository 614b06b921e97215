package vn.ntm.portal.training.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;

/** Reads of the survey tables, and the feedback figures other parts of the module (the dashboard) need. */
@Component
public class SurveyStore {

    /** A programme's feedback: responses to all its surveys, and how many of them are positive. */
    public record Feedback(long positive, long responses) {
    }

    /** One submitted response as the raw export lists it; name and code only for identified surveys. */
    public record Response(long id, Long registrationId, String fullName, String code, Category category, boolean positive,
                           Instant submittedAt) {
    }

    /** A survey a registrant may answer from their page, and whether they already have. */
    public record Offer(Survey survey, boolean answered) {
    }

    static final String COLUMNS = """
            id, programme_id, scope, session_id, topic_id, speaker_id, title, intro, kirkpatrick, timing, anonymous, status,
            opens_at, closes_at""";

    static final RowMapper<Survey> SURVEY = (rs, i) -> new Survey(rs.getLong("id"), rs.getLong("programme_id"),
            Survey.Scope.valueOf(rs.getString("scope")), rs.getObject("session_id", Long.class), rs.getObject("topic_id", Long.class),
            rs.getObject("speaker_id", Long.class), rs.getString("title"), rs.getString("intro"), rs.getInt("kirkpatrick"),
            Survey.Timing.valueOf(rs.getString("timing")), rs.getBoolean("anonymous"), Survey.Status.valueOf(rs.getString("status")),
            TrainingStore.instant(rs, "opens_at"), TrainingStore.instant(rs, "closes_at"));

    static final RowMapper<SurveyItem> ITEM = (rs, i) -> new SurveyItem(rs.getLong("id"), rs.getLong("survey_id"), rs.getInt("position"),
            SurveyItem.Kind.valueOf(rs.getString("kind")), rs.getString("label"), strings(rs.getArray("options")),
            rs.getBoolean("required"), rs.getBoolean("positive_marker"));

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Survey> surveys(long programmeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_survey WHERE programme_id = ? ORDER BY created_at, id")
                .param(programmeId).query(SURVEY).list();
    }

    public Optional<Survey> survey(long programmeId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_survey WHERE programme_id = ? AND id = ?")
                .params(programmeId, id).query(SURVEY).optional();
    }

    public List<SurveyItem> items(long surveyId) {
        return jdbc.sql("""
                SELECT id, survey_id, position, kind, label, options, required, positive_marker
                  FROM training_survey_item WHERE survey_id = ? ORDER BY position, id""").param(surveyId).query(ITEM).list();
    }

    public long responseCount(long surveyId) {
        return jdbc.sql("SELECT count(*) FROM training_survey_response WHERE survey_id = ?").param(surveyId).query(Long.class).single();
    }

    /** Per survey of the programme: {responses, positive}. */
    public Map<Long, long[]> counts(long programmeId) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.sql("""
                SELECT s.id, count(r.id) AS n, count(r.id) FILTER (WHERE r.positive) AS positive
                  FROM training_survey s LEFT JOIN training_survey_response r ON r.survey_id = s.id
                 WHERE s.programme_id = ? GROUP BY s.id""").param(programmeId)
                .query((rs, i) -> out.put(rs.getLong("id"), new long[] {rs.getLong("n"), rs.getLong("positive")})).list();
        return out;
    }

    /** The programme's positive responses and all its responses, over every survey: for the dashboard. */
    public Feedback feedback(long programmeId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE r.positive) AS positive, count(*) AS n
                  FROM training_survey_response r JOIN training_survey s ON s.id = r.survey_id
                 WHERE s.programme_id = ?""").param(programmeId)
                .query((rs, i) -> new Feedback(rs.getLong("positive"), rs.getLong("n"))).single();
    }

    public int positiveMinRating(long programmeId) {
        return jdbc.sql("SELECT positive_min_rating FROM training_programme WHERE id = ?").param(programmeId).query(Integer.class).single();
    }

    /** Every answer to the survey, optionally of responses of one participant category only. */
    public List<SurveyStats.Answer> answers(long surveyId, Category category) {
        return jdbc.sql("""
                SELECT a.response_id, a.item_id, a.number, a.choices, a.text
                  FROM training_survey_answer a JOIN training_survey_response r ON r.id = a.response_id
                 WHERE r.survey_id = ? AND (CAST(? AS text) IS NULL OR r.category = ?)
                 ORDER BY r.submitted_at, r.id""").params(surveyId, category == null ? null : category.name(),
                        category == null ? null : category.name())
                .query((rs, i) -> new SurveyStats.Answer(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), ints(rs.getArray(4)), rs.getString(5)))
                .list();
    }

    /** The responses in the order they came, with the registrant's name and code for identified surveys. */
    public List<Response> responses(long surveyId) {
        return jdbc.sql("""
                SELECT r.id, r.registration_id, g.full_name, g.code, r.category, r.positive, r.submitted_at
                  FROM training_survey_response r LEFT JOIN training_registration g ON g.id = r.registration_id
                 WHERE r.survey_id = ? ORDER BY r.submitted_at, r.id""").param(surveyId)
                .query((rs, i) -> new Response(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : Category.valueOf(rs.getString(5)), rs.getBoolean(6), TrainingStore.instant(rs, "submitted_at")))
                .list();
    }

    /** The programme's surveys open now, each with whether this registration (or its hash, for anonymous ones) answered. */
    public List<Offer> offers(long programmeId, long registrationId, SurveyKey key, Instant now) {
        List<Offer> out = new ArrayList<>();
        for (Survey s : surveys(programmeId)) {
            if (!s.acceptsAt(now)) {
                continue;
            }
            boolean answered = s.anonymous()
                    ? jdbc.sql("SELECT count(*) FROM training_survey_response WHERE survey_id = ? AND respondent_hash = ?")
                            .params(s.id(), key.hash(s.id(), registrationId)).query(Long.class).single() > 0
                    : jdbc.sql("SELECT count(*) FROM training_survey_response WHERE survey_id = ? AND registration_id = ?")
                            .params(s.id(), registrationId).query(Long.class).single() > 0;
            out.add(new Offer(s, answered));
        }
        return out;
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    static List<Integer> ints(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        return Arrays.asList((Integer[]) a.getArray());
    }

    static BigDecimal number(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
