package vn.ntm.portal.training.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.web.UserInputException;

/**
 * Surveys: the organisers' edits (each audited) and the participants' responses (checked per item type, stored in
 * one transaction with every answer, one per registration or per code, enforced by the database).
 */
@Service
public class SurveyService {

    /** What the survey form says, checked. */
    public record SurveyInput(Survey.Scope scope, Long sessionId, Long topicId, Long speakerId, String title, String intro, int kirkpatrick,
                              Survey.Timing timing, boolean anonymous, Survey.Status status, Instant opensAt, Instant closesAt) {
    }

    /** What an item form says, checked. */
    public record ItemInput(SurveyItem.Kind kind, String label, List<String> options, boolean required, boolean positiveMarker, int position) {
    }

    /** One checked answer: a number (rating, recommendation, number), chosen options (from 1) or a text. */
    public record Given(long itemId, BigDecimal number, List<Integer> choices, String text) {
    }

    private final JdbcClient jdbc;
    private final SurveyStore store;
    private final AuditApi audit;

    SurveyService(JdbcClient jdbc, SurveyStore store, AuditApi audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
    }

    // ---- checking the organisers' forms ----

    /** Reads the survey form; {@code ids} are the programme's sessions, topics and speakers. */
    public static SurveyInput surveyInput(Map<String, String> f, Set<Long> sessions, Set<Long> topics, Set<Long> speakers, List<String> errors) {
        String title = f.getOrDefault("title", "").strip();
        if (title.isEmpty() || title.length() > 300) {
            errors.add("Tiêu đề phiếu khảo sát phải có từ 1 đến 300 ký tự.");
        }
        String intro = f.getOrDefault("intro", "").strip();
        if (intro.length() > 2000) {
            errors.add("Lời giới thiệu dài quá 2.000 ký tự.");
        }
        String target = f.getOrDefault("target", "PROGRAMME");
        Survey.Scope scope = null;
        Long session = null;
        Long topic = null;
        Long speaker = null;
        if (target.equals("PROGRAMME")) {
            scope = Survey.Scope.PROGRAMME;
        } else if (target.matches("buoi-\\d{1,18}") && sessions.contains(Long.parseLong(target.substring(5)))) {
            scope = Survey.Scope.SESSION;
            session = Long.parseLong(target.substring(5));
        } else if (target.matches("chuyen-de-\\d{1,18}") && topics.contains(Long.parseLong(target.substring(10)))) {
            scope = Survey.Scope.TOPIC;
            topic = Long.parseLong(target.substring(10));
        } else if (target.matches("bao-cao-vien-\\d{1,18}") && speakers.contains(Long.parseLong(target.substring(13)))) {
            scope = Survey.Scope.SPEAKER;
            speaker = Long.parseLong(target.substring(13));
        } else {
            errors.add("Vui lòng chọn phiếu khảo sát dành cho cả chương trình, một buổi, một chuyên đề hay một báo cáo viên của chương trình.");
        }
        String level = f.getOrDefault("kirkpatrick", "");
        int kirkpatrick = level.matches("[1-4]") ? Integer.parseInt(level) : 0;
        if (kirkpatrick == 0) {
            errors.add("Vui lòng chọn cấp độ đánh giá (1 Phản ứng, 2 Học tập, 3 Hành vi, 4 Kết quả).");
        }
        Survey.Timing timing = Labelled.parse(Survey.Timing.class, f.get("timing"));
        if (timing == null) {
            errors.add("Vui lòng chọn thời điểm khảo sát (trước, sau hoặc theo dõi sau khóa học).");
        }
        Survey.Status status = Labelled.parse(Survey.Status.class, f.getOrDefault("status", "DRAFT"));
        if (status == null) {
            errors.add("Trạng thái phiếu khảo sát không hợp lệ.");
        }
        Instant opens = dateTime(f.get("opens_at"), "Thời điểm mở", errors);
        Instant closes = dateTime(f.get("closes_at"), "Thời điểm đóng", errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("Thời điểm đóng phải sau thời điểm mở.");
        }
        return new SurveyInput(scope, session, topic, speaker, title, intro, kirkpatrick, timing, "1".equals(f.get("anonymous")), status,
                opens, closes);
    }

    private static Instant dateTime(String v, String what, List<String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip()).atZone(VietnameseFormat.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(what + " không hợp lệ (ngày và giờ, giờ Việt Nam).");
            return null;
        }
    }

    /** Reads an item form: options one a line for choices. */
    public static ItemInput itemInput(Map<String, String> f, List<String> errors) {
        SurveyItem.Kind kind = Labelled.parse(SurveyItem.Kind.class, f.get("kind"));
        if (kind == null) {
            errors.add("Vui lòng chọn loại câu hỏi.");
        }
        String label = f.getOrDefault("label", "").strip();
        if (label.isEmpty() || label.length() > 500) {
            errors.add("Nội dung câu hỏi phải có từ 1 đến 500 ký tự.");
        }
        List<String> options = new ArrayList<>();
        if (kind != null && kind.choices()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String line : f.getOrDefault("options", "").split("\\R")) {
                if (!line.isBlank()) {
                    seen.add(line.strip());
                }
            }
            options.addAll(seen);
            if (options.size() < 2 || options.size() > 20) {
                errors.add("Câu hỏi lựa chọn cần từ 2 đến 20 phương án khác nhau, mỗi phương án một dòng.");
            } else if (options.stream().anyMatch(o -> o.length() > 200)) {
                errors.add("Mỗi phương án dài tối đa 200 ký tự.");
            }
        }
        boolean marker = "1".equals(f.get("positive"));
        if (marker && kind != SurveyItem.Kind.RATING) {
            errors.add("Chỉ câu hỏi thang điểm 1–5 mới dùng để tính ý kiến tích cực.");
        }
        String pos = f.getOrDefault("position", "").strip();
        int position = 0;
        if (!pos.isEmpty()) {
            if (!pos.matches("\\d{1,4}")) {
                errors.add("Thứ tự phải là số nguyên từ 0 đến 9999.");
            } else {
                position = Integer.parseInt(pos);
            }
        }
        return new ItemInput(kind, label, options, "1".equals(f.get("required")), marker, position);
    }

    // ---- organisers' edits ----

    @Transactional
    public long create(long programmeId, SurveyInput in) {
        long id = jdbc.sql("""
                INSERT INTO training_survey (programme_id, scope, session_id, topic_id, speaker_id, title, intro, kirkpatrick, timing,
                                             anonymous, status, opens_at, closes_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(programmeId, in.scope().name(), in.sessionId(), in.topicId(), in.speakerId(), in.title(), in.intro(), in.kirkpatrick(),
                        in.timing().name(), in.anonymous(), in.status().name(), ts(in.opensAt()), ts(in.closesAt()))
                .query(Long.class).single();
        audit.record("training.survey-created", "training_survey", String.valueOf(id), null, values(in));
        return id;
    }

    @Transactional
    public void update(Survey before, SurveyInput in) {
        if (before.anonymous() != in.anonymous() && store.responseCount(before.id()) > 0) {
            throw new UserInputException(409, "Phiếu khảo sát đã có người trả lời nên không đổi được giữa ẩn danh và có định danh.");
        }
        jdbc.sql("""
                UPDATE training_survey SET scope = ?, session_id = ?, topic_id = ?, speaker_id = ?, title = ?, intro = ?, kirkpatrick = ?,
                       timing = ?, anonymous = ?, status = ?, opens_at = ?, closes_at = ? WHERE id = ?""")
                .params(in.scope().name(), in.sessionId(), in.topicId(), in.speakerId(), in.title(), in.intro(), in.kirkpatrick(),
                        in.timing().name(), in.anonymous(), in.status().name(), ts(in.opensAt()), ts(in.closesAt()), before.id())
                .update();
        audit.record("training.survey-updated", "training_survey", String.valueOf(before.id()), before, values(in));
    }

    /** Adds ({@code before} null) or changes an item; a type never changes once the survey has responses. */
    @Transactional
    public long saveItem(Survey s, SurveyItem before, ItemInput in) {
        long responses = store.responseCount(s.id());
        if (before != null && responses > 0) {
            if (before.kind() != in.kind()) {
                throw new UserInputException(409, "Phiếu khảo sát đã có người trả lời nên không đổi được loại câu hỏi.");
            }
            if (in.options().size() < before.options().size()) {
                throw new UserInputException(409, "Phiếu khảo sát đã có người trả lời nên không bớt được phương án (chỉ sửa chữ hoặc thêm phương án).");
            }
        }
        if (in.positiveMarker()) {
            jdbc.sql("UPDATE training_survey_item SET positive_marker = false WHERE survey_id = ? AND positive_marker AND id <> ?")
                    .params(s.id(), before == null ? -1 : before.id()).update();
        }
        long id;
        if (before == null) {
            id = jdbc.sql("""
                    INSERT INTO training_survey_item (survey_id, position, kind, label, options, required, positive_marker)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(s.id(), in.position(), in.kind().name(), in.label(), in.options().toArray(String[]::new), in.required(),
                            in.positiveMarker()).query(Long.class).single();
        } else {
            id = before.id();
            jdbc.sql("UPDATE training_survey_item SET position = ?, kind = ?, label = ?, options = ?, required = ?, positive_marker = ? WHERE id = ?")
                    .params(in.position(), in.kind().name(), in.label(), in.options().toArray(String[]::new), in.required(), in.positiveMarker(), id)
                    .update();
        }
        recompute(s.programmeId());
        audit.record(before == null ? "training.survey-item-added" : "training.survey-item-updated", "training_survey_item", String.valueOf(id),
                before, Map.of("survey", s.id(), "kind", in.kind().name(), "label", in.label(), "options", in.options(), "required", in.required(),
                        "positive", in.positiveMarker(), "position", in.position()));
        return id;
    }

    /** Deletes an item of a survey that has no responses yet. */
    @Transactional
    public void deleteItem(Survey s, SurveyItem item) {
        if (store.responseCount(s.id()) > 0) {
            throw new UserInputException(409, "Phiếu khảo sát đã có người trả lời nên không xóa được câu hỏi (có thể đóng phiếu).");
        }
        jdbc.sql("DELETE FROM training_survey_item WHERE id = ?").param(item.id()).update();
        audit.record("training.survey-item-deleted", "training_survey_item", String.valueOf(item.id()), item, null);
    }

    /** Sets the programme's "positive" threshold and re-marks every response of its surveys. */
    @Transactional
    public void setPositiveMinRating(long programmeId, int rating) {
        if (rating < 1 || rating > 5) {
            throw new UserInputException(400, "Ngưỡng ý kiến tích cực phải là một điểm từ 1 đến 5.");
        }
        int before = store.positiveMinRating(programmeId);
        jdbc.sql("UPDATE training_programme SET positive_min_rating = ? WHERE id = ?").params(rating, programmeId).update();
        recompute(programmeId);
        audit.record("training.survey-positive-rating-changed", "training_programme", String.valueOf(programmeId),
                Map.of("positive_min_rating", before), Map.of("positive_min_rating", rating));
    }

    private void recompute(long programmeId) {
        jdbc.sql("""
                UPDATE training_survey_response r SET positive = COALESCE((
                         SELECT a.number >= p.positive_min_rating
                           FROM training_survey_answer a JOIN training_survey_item i ON i.id = a.item_id AND i.positive_marker
                          WHERE a.response_id = r.id), false)
                  FROM training_survey s JOIN training_programme p ON p.id = s.programme_id
                 WHERE s.id = r.survey_id AND s.programme_id = ?""").param(programmeId).update();
    }

    // ---- responses ----

    /** Checks the answers posted for the items (field {@code q<id>}, repeated for multi choice); errors in Vietnamese. */
    public static List<Given> check(List<SurveyItem> items, Map<String, String[]> params, List<String> errors) {
        List<Given> out = new ArrayList<>();
        for (SurveyItem item : items) {
            String[] raw = params.getOrDefault(item.field(), new String[0]);
            List<String> values = new ArrayList<>();
            for (String v : raw) {
                if (v != null && !v.isBlank()) {
                    values.add(v.strip());
                }
            }
            String name = "“" + item.label() + "”";
            if (values.isEmpty()) {
                if (item.required()) {
                    errors.add("Vui lòng trả lời câu hỏi " + name + ".");
                }
                continue;
            }
            if (item.kind() != SurveyItem.Kind.MULTI && values.size() > 1) {
                errors.add("Câu hỏi " + name + " chỉ nhận một câu trả lời.");
                continue;
            }
            String v = values.get(0);
            switch (item.kind()) {
                case RATING, NPS -> {
                    int[] scale = item.kind().scale();
                    if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < scale[0] || Integer.parseInt(v) > scale[1]) {
                        errors.add("Câu hỏi " + name + ": vui lòng chọn một điểm từ " + scale[0] + " đến " + scale[1] + ".");
                    } else {
                        out.add(new Given(item.id(), new BigDecimal(v), List.of(), ""));
                    }
                }
                case NUMBER -> {
                    String n = v.replace(" ", "").replace(',', '.');
                    if (!n.matches("-?\\d{1,10}(\\.\\d{1,2})?")) {
                        errors.add("Câu hỏi " + name + ": vui lòng nhập một số (tối đa 2 chữ số thập phân).");
                    } else {
                        out.add(new Given(item.id(), new BigDecimal(n), List.of(), ""));
                    }
                }
                case SINGLE, MULTI -> {
                    Set<Integer> chosen = new LinkedHashSet<>();
                    boolean bad = false;
                    for (String c : values) {
                        if (!c.matches("\\d{1,2}") || Integer.parseInt(c) < 1 || Integer.parseInt(c) > item.options().size()) {
                            bad = true;
                        } else {
                            chosen.add(Integer.parseInt(c));
                        }
                    }
                    if (bad) {
                        errors.add("Câu hỏi " + name + ": phương án đã chọn không có trong danh sách.");
                    } else {
                        out.add(new Given(item.id(), null, List.copyOf(chosen), ""));
                    }
                }
                case TEXT -> {
                    if (v.length() > 4000) {
                        errors.add("Câu hỏi " + name + ": câu trả lời dài quá 4.000 ký tự.");
                    } else {
                        out.add(new Given(item.id(), null, List.of(), v));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Stores a response with all its answers in one transaction. An identified survey keeps the registration (and
     * its category); an anonymous one keeps the category given and, when a registration is known, only its
     * {@link SurveyKey hash}. A second response of the same registration is refused (409) and nothing is stored.
     */
    @Transactional
    public long submit(Survey s, List<SurveyItem> items, Registration registration, Category category, List<Given> answers, String hash) {
        int min = store.positiveMinRating(s.programmeId());
        boolean positive = false;
        for (SurveyItem item : items) {
            if (item.positiveMarker()) {
                positive = answers.stream().filter(a -> a.itemId() == item.id()).anyMatch(a -> SurveyStats.positive(a.number(), min));
            }
        }
        Long registrationId = s.anonymous() || registration == null ? null : registration.id();
        Category c = s.anonymous() ? category : registration == null ? null : registration.category();
        List<Long> id = jdbc.sql("""
                INSERT INTO training_survey_response (survey_id, registration_id, respondent_hash, category, positive)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")
                .params(s.id(), registrationId, s.anonymous() ? hash : null, c == null ? null : c.name(), positive)
                .query(Long.class).list();
        if (id.isEmpty()) {
            throw new UserInputException(409, "Mã đăng ký này đã được dùng để trả lời phiếu khảo sát này. Mỗi người chỉ gửi một lần; "
                    + "câu trả lời lần này không được lưu.");
        }
        for (Given a : answers) {
            jdbc.sql("INSERT INTO training_survey_answer (response_id, item_id, number, choices, text) VALUES (?, ?, ?, ?, ?)")
                    .params(id.get(0), a.itemId(), a.number(), a.choices().toArray(Integer[]::new), a.text()).update();
        }
        return id.get(0);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Map<String, Object> values(SurveyInput in) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("scope", in.scope().name());
        v.put("session", in.sessionId());
        v.put("topic", in.topicId());
        v.put("speaker", in.speakerId());
        v.put("title", in.title());
        v.put("kirkpatrick", in.kirkpatrick());
        v.put("timing", in.timing().name());
        v.put("anonymous", in.anonymous());
        v.put("status", in.status().name());
        v.put("opens_at", in.opensAt() == null ? null : in.opensAt().toString());
        v.put("closes_at", in.closesAt() == null ? null : in.closesAt().toString());
        return v;
    }
}
