package vn.ntm.portal.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.SafeHtml;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.domain.ChannelKind;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.MaterialKind;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.ProgrammeStatus;
import vn.ntm.portal.training.domain.QuestionKind;
import vn.ntm.portal.web.UserInputException;

/**
 * The back office's writes to a programme and its structure. Every value is checked here with a Vietnamese
 * message (400/409, nothing written), and every change is audited with its before and after.
 */
@Service
public class ProgrammeAdmin {

    /** Form values by name (first value) and the lists of multi-valued fields. */
    public record Form(Map<String, String> values, Map<String, List<String>> lists) {

        public String get(String name) {
            String v = values.get(name);
            return v == null ? "" : VietnameseText.nfc(v.strip());
        }

        public List<String> list(String name) {
            return lists.getOrDefault(name, List.of());
        }

        public boolean checked(String name) {
            return values.containsKey(name);
        }
    }

    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final TrainingStore store;
    private final RegistrationService registrations;

    ProgrammeAdmin(JdbcClient jdbc, AuditApi audit, TrainingStore store, RegistrationService registrations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.store = store;
        this.registrations = registrations;
    }

    // ---- programmes

    record ProgrammeValues(String slug, String name, String summary, String description, LocalDate startsOn, LocalDate endsOn,
                           ProgrammeStatus status, Instant opensAt, Instant closesAt, boolean moderation, int offerHours,
                           int reminderHours, String location, Map<Delivery, Integer> seats) {
    }

    private ProgrammeValues programmeValues(Form f, long exceptId) {
        List<String> errors = new ArrayList<>();
        String name = f.get("name");
        if (name.isEmpty() || name.length() > 300) {
            errors.add("Tên chương trình không được để trống (tối đa 300 ký tự).");
        }
        String slug = f.get("slug").isEmpty() ? VietnameseText.slug(name) : f.get("slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
            errors.add("Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 120 ký tự).");
        } else if (store.slugTaken(slug, exceptId)) {
            errors.add("Đường dẫn “" + slug + "” đã được dùng cho chương trình khác.");
        }
        LocalDate starts = date(f.get("starts_on"), "Ngày bắt đầu", errors);
        LocalDate ends = date(f.get("ends_on"), "Ngày kết thúc", errors);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        ProgrammeStatus status = Labelled.parse(ProgrammeStatus.class, f.get("status"));
        if (status == null) {
            errors.add("Vui lòng chọn trạng thái.");
        }
        Instant opens = dateTime(f.get("registration_opens_at"), "Thời điểm mở đăng ký", errors);
        Instant closes = dateTime(f.get("registration_closes_at"), "Hạn đăng ký", errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("Hạn đăng ký phải sau thời điểm mở đăng ký.");
        }
        int offer = integer(f.get("offer_hours").isEmpty() ? "48" : f.get("offer_hours"), 1, 720, "Thời hạn giữ chỗ (giờ)", errors);
        int reminder = integer(f.get("reminder_hours").isEmpty() ? "24" : f.get("reminder_hours"), 0, 720, "Nhắc lịch trước (giờ)", errors);
        Map<Delivery, Integer> seats = new LinkedHashMap<>();
        for (Delivery d : Delivery.values()) {
            String v = f.get("seats_" + d.name());
            seats.put(d, v.isEmpty() ? null : integer(v, 0, 1_000_000, "Số chỗ " + d.label(), errors));
        }
        if (f.get("location").length() > 300 || f.get("summary").length() > 1000) {
            errors.add("Tóm tắt dài tối đa 1.000 ký tự, hình thức/địa điểm tối đa 300 ký tự.");
        }
        fail(errors);
        return new ProgrammeValues(slug, name, f.get("summary"), SafeHtml.sanitize(f.get("description")), starts, ends, status, opens,
                closes, f.checked("moderation"), offer, reminder, f.get("location"), seats);
    }

    @Transactional
    public long createProgramme(Form f) {
        store.forgetRegistrationContexts();
        ProgrammeValues v = programmeValues(f, 0);
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO training_programme (slug, name, summary, description_html, starts_on, ends_on, status, registration_opens_at,
                      registration_closes_at, moderation, offer_hours, reminder_hours, location)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(v.slug(), v.name(), v.summary(), v.description(), v.startsOn(), v.endsOn(), v.status().name(), ts(v.opensAt()),
                            ts(v.closesAt()), v.moderation(), v.offerHours(), v.reminderHours(), v.location())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Đường dẫn “" + v.slug() + "” đã được dùng cho chương trình khác.");
        }
        v.seats().forEach((d, n) -> {
            if (n != null) {
                registrations.setCapacity(id, d, n);
            }
        });
        audit.record("training.programme-created", "training_programme", String.valueOf(id), null, v);
        return id;
    }

    public void updateProgramme(Programme before, Form f) {
        ProgrammeValues v = programmeValues(f, before.id());
        Map<Delivery, int[]> oldSeats = store.capacities(before.id());
        try {
            jdbc.sql("""
                    UPDATE training_programme SET slug = ?, name = ?, summary = ?, description_html = ?, starts_on = ?, ends_on = ?, status = ?,
                      registration_opens_at = ?, registration_closes_at = ?, moderation = ?, offer_hours = ?, reminder_hours = ?, location = ?,
                      updated_at = now() WHERE id = ?""")
                    .params(v.slug(), v.name(), v.summary(), v.description(), v.startsOn(), v.endsOn(), v.status().name(), ts(v.opensAt()),
                            ts(v.closesAt()), v.moderation(), v.offerHours(), v.reminderHours(), v.location(), before.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Đường dẫn “" + v.slug() + "” đã được dùng cho chương trình khác.");
        }
        v.seats().forEach((d, n) -> {
            int[] old = oldSeats.get(d);
            if (old == null ? n != null : n == null || old[0] != n) {
                registrations.setCapacity(before.id(), d, n);
            }
        });
        audit.record("training.programme-updated", "training_programme", String.valueOf(before.id()), before, v);
        store.forgetRegistrationContexts();
    }

    // ---- structure: one method per part, each audited

    public record Saved(long id, String warning) {
    }

    @Transactional
    public Saved save(Programme p, String part, Long itemId, Form f, String uploadedPath) {
        store.forgetRegistrationContexts();
        return switch (part) {
            case "don-vi" -> coorganiser(p, itemId, f, uploadedPath);
            case "bao-cao-vien" -> speaker(p, itemId, f, uploadedPath);
            case "chuyen-de" -> topic(p, itemId, f);
            case "buoi" -> session(p, itemId, f);
            case "kenh" -> channel(p, itemId, f);
            case "tai-lieu" -> material(p, itemId, f, uploadedPath);
            case "cau-hoi" -> question(p, itemId, f);
            default -> throw new UserInputException(404, "Không có mục này.");
        };
    }

    /** The table and the programme-ownership check of each part. */
    private static final Map<String, String[]> PARTS = Map.of(
            "don-vi", new String[] {"training_coorganiser", "SELECT programme_id FROM training_coorganiser WHERE id = ?"},
            "bao-cao-vien", new String[] {"training_speaker", "SELECT programme_id FROM training_speaker WHERE id = ?"},
            "chuyen-de", new String[] {"training_topic", "SELECT programme_id FROM training_topic WHERE id = ?"},
            "buoi", new String[] {"training_session", "SELECT programme_id FROM training_session WHERE id = ?"},
            "kenh", new String[] {"training_channel", "SELECT programme_id FROM training_channel WHERE id = ?"},
            "tai-lieu", new String[] {"training_material", "SELECT t.programme_id FROM training_material m JOIN training_topic t ON t.id = m.topic_id WHERE m.id = ?"},
            "cau-hoi", new String[] {"training_question", "SELECT programme_id FROM training_question WHERE id = ?"});

    public static boolean knownPart(String part) {
        return PARTS.containsKey(part);
    }

    /** Whether the item of the part exists in the programme. */
    public boolean owns(Programme p, String part, long itemId) {
        String[] t = PARTS.get(part);
        return t != null && jdbc.sql(t[1]).param(itemId).query(Long.class).optional().filter(id -> id == p.id()).isPresent();
    }

    @Transactional
    public void delete(Programme p, String part, long itemId) {
        store.forgetRegistrationContexts();
        String[] t = PARTS.get(part);
        if (t == null || !owns(p, part, itemId)) {
            throw new UserInputException(404, "Không tìm thấy mục này.");
        }
        Map<String, Object> before = jdbc.sql("SELECT to_jsonb(x)::text AS row FROM " + t[0] + " x WHERE id = ?").param(itemId)
                .query((rs, i) -> Map.<String, Object>of("row", rs.getString(1))).single();
        jdbc.sql("DELETE FROM " + t[0] + " WHERE id = ?").param(itemId).update();
        audit.record("training.item-deleted", t[0], String.valueOf(itemId), before, null);
    }

    private void check(Programme p, String part, Long itemId) {
        if (itemId != null && !owns(p, part, itemId)) {
            throw new UserInputException(404, "Không tìm thấy mục này.");
        }
    }

    private Saved recorded(String table, Long itemId, long id, Object values, String warning) {
        audit.record(itemId == null ? "training.item-added" : "training.item-updated", table, String.valueOf(id), null, values);
        return new Saved(id, warning);
    }

    private Saved coorganiser(Programme p, Long itemId, Form f, String logo) {
        check(p, "don-vi", itemId);
        List<String> errors = new ArrayList<>();
        String name = required(f.get("name"), 300, "Tên đơn vị", errors);
        String website = optionalHttps(f.get("website"), "Trang web của đơn vị", errors);
        int position = f.get("position").isEmpty() ? 0 : integer(f.get("position"), -9999, 9999, "Thứ tự", errors);
        fail(errors);
        record V(String name, String website, int position, String logo) {
        }
        V v = new V(name, website, position, logo);
        long id = itemId == null
                ? jdbc.sql("INSERT INTO training_coorganiser (programme_id, name, website, position, logo_path) VALUES (?, ?, ?, ?, ?) RETURNING id")
                        .params(p.id(), name, website, position, logo).query(Long.class).single()
                : update("UPDATE training_coorganiser SET name = ?, website = ?, position = ?, logo_path = coalesce(?, logo_path) WHERE id = ?",
                        itemId, name, website, position, logo, itemId);
        return recorded("training_coorganiser", itemId, id, v, null);
    }

    private Saved speaker(Programme p, Long itemId, Form f, String photo) {
        check(p, "bao-cao-vien", itemId);
        List<String> errors = new ArrayList<>();
        String name = required(f.get("name"), 200, "Họ tên báo cáo viên", errors);
        String title = max(f.get("title"), 100, "Học hàm, học vị", errors);
        String org = max(f.get("organisation"), 300, "Cơ quan", errors);
        String bio = max(f.get("bio"), 3000, "Giới thiệu", errors);
        fail(errors);
        record V(String name, String title, String organisation, String bio, String photo) {
        }
        long id = itemId == null
                ? jdbc.sql("INSERT INTO training_speaker (programme_id, name, title, organisation, bio, photo_path) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                        .params(p.id(), name, title, org, bio, photo).query(Long.class).single()
                : update("UPDATE training_speaker SET name = ?, title = ?, organisation = ?, bio = ?, photo_path = coalesce(?, photo_path) WHERE id = ?",
                        itemId, name, title, org, bio, photo, itemId);
        return recorded("training_speaker", itemId, id, new V(name, title, org, bio, photo), null);
    }

    private Saved topic(Programme p, Long itemId, Form f) {
        check(p, "chuyen-de", itemId);
        List<String> errors = new ArrayList<>();
        int number = integer(f.get("number"), 1, 999, "Số thứ tự chuyên đề", errors);
        String title = required(f.get("title"), 300, "Tên chuyên đề", errors);
        String summary = max(f.get("summary"), 2000, "Tóm tắt", errors);
        List<Long> speakers = ids(f.list("speaker"), "SELECT count(*) FROM training_speaker WHERE programme_id = ? AND id = ANY (?::bigint[])", p, "Báo cáo viên", errors);
        if (errors.isEmpty() && jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_topic WHERE programme_id = ? AND number = ? AND id <> ?)")
                .params(p.id(), number, itemId == null ? 0 : itemId).query(Boolean.class).single()) {
            errors.add("Chương trình đã có chuyên đề số " + number + ".");
        }
        fail(errors);
        long id;
        try {
            id = itemId == null
                    ? jdbc.sql("INSERT INTO training_topic (programme_id, number, title, summary) VALUES (?, ?, ?, ?) RETURNING id")
                            .params(p.id(), number, title, summary).query(Long.class).single()
                    : update("UPDATE training_topic SET number = ?, title = ?, summary = ? WHERE id = ?", itemId, number, title, summary, itemId);
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Chương trình đã có chuyên đề số " + number + ".");
        }
        jdbc.sql("DELETE FROM training_topic_speaker WHERE topic_id = ?").param(id).update();
        for (Long s : speakers) {
            jdbc.sql("INSERT INTO training_topic_speaker (topic_id, speaker_id) VALUES (?, ?)").params(id, s).update();
        }
        record V(int number, String title, String summary, List<Long> speakers) {
        }
        return recorded("training_topic", itemId, id, new V(number, title, summary, speakers), null);
    }

    private Saved session(Programme p, Long itemId, Form f) {
        check(p, "buoi", itemId);
        List<String> errors = new ArrayList<>();
        int number = integer(f.get("number"), 1, 999, "Số thứ tự buổi", errors);
        String title = max(f.get("title"), 300, "Tên buổi", errors);
        LocalDate day = date(f.get("date"), "Ngày học", errors);
        LocalTime start = time(f.get("start"), "Giờ bắt đầu", errors);
        LocalTime end = time(f.get("end"), "Giờ kết thúc", errors);
        String location = max(f.get("location"), 300, "Địa điểm", errors);
        List<Long> topics = ids(f.list("topic"), "SELECT count(*) FROM training_topic WHERE programme_id = ? AND id = ANY (?::bigint[])", p, "Chuyên đề", errors);
        Instant startsAt = null;
        Instant endsAt = null;
        if (day != null && start != null && end != null) {
            startsAt = day.atTime(start).atZone(VietnameseFormat.ZONE).toInstant();
            endsAt = day.atTime(end).atZone(VietnameseFormat.ZONE).toInstant();
            if (!endsAt.isAfter(startsAt)) {
                errors.add("Giờ kết thúc phải sau giờ bắt đầu.");
            }
        }
        if (errors.isEmpty() && jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_session WHERE programme_id = ? AND number = ? AND id <> ?)")
                .params(p.id(), number, itemId == null ? 0 : itemId).query(Boolean.class).single()) {
            errors.add("Chương trình đã có buổi số " + number + ".");
        }
        fail(errors);
        String warning = day.isBefore(p.startsOn()) || day.isAfter(p.endsOn())
                ? "Lưu ý: ngày học " + VietnameseFormat.date(day) + " nằm ngoài thời gian của chương trình (" + p.datesText() + ")." : null;
        boolean online = f.checked("online");
        long id;
        try {
            id = itemId == null
                    ? jdbc.sql("INSERT INTO training_session (programme_id, number, title, starts_at, ends_at, location, online) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                            .params(p.id(), number, title, ts(startsAt), ts(endsAt), location, online).query(Long.class).single()
                    : update("UPDATE training_session SET number = ?, title = ?, starts_at = ?, ends_at = ?, location = ?, online = ? WHERE id = ?",
                            itemId, number, title, ts(startsAt), ts(endsAt), location, online, itemId);
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Chương trình đã có buổi số " + number + ".");
        }
        jdbc.sql("DELETE FROM training_session_topic WHERE session_id = ?").param(id).update();
        for (Long t : topics) {
            jdbc.sql("INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)").params(id, t).update();
        }
        record V(int number, String title, Instant startsAt, Instant endsAt, String location, boolean online, List<Long> topics) {
        }
        return recorded("training_session", itemId, id, new V(number, title, startsAt, endsAt, location, online, topics), warning);
    }

    private Saved channel(Programme p, Long itemId, Form f) {
        check(p, "kenh", itemId);
        List<String> errors = new ArrayList<>();
        ChannelKind kind = Labelled.parse(ChannelKind.class, f.get("kind"));
        if (kind == null) {
            errors.add("Vui lòng chọn loại kênh.");
        }
        String target = f.get("target");
        Long sessionId = null;
        Long topicId = null;
        if (target.matches("buoi-\\d{1,18}") && owns(p, "buoi", Long.parseLong(target.substring(5)))) {
            sessionId = Long.parseLong(target.substring(5));
        } else if (target.matches("chuyen-de-\\d{1,18}") && owns(p, "chuyen-de", Long.parseLong(target.substring(10)))) {
            topicId = Long.parseLong(target.substring(10));
        } else {
            errors.add("Vui lòng chọn buổi học hoặc chuyên đề của kênh.");
        }
        String url = f.get("join_url");
        if (!https(url)) {
            errors.add("Đường dẫn tham gia phải là địa chỉ https:// hợp lệ.");
        }
        String meeting = max(f.get("meeting_id"), 100, "ID cuộc họp", errors);
        String passcode = max(f.get("passcode"), 100, "Mật mã", errors);
        String label = max(f.get("label"), 200, "Nhãn", errors);
        fail(errors);
        long id = itemId == null
                ? jdbc.sql("INSERT INTO training_channel (programme_id, session_id, topic_id, kind, meeting_id, join_url, passcode, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                        .params(p.id(), sessionId, topicId, kind.name(), blankNull(meeting), url, blankNull(passcode), label).query(Long.class).single()
                : update("UPDATE training_channel SET session_id = ?, topic_id = ?, kind = ?, meeting_id = ?, join_url = ?, passcode = ?, label = ? WHERE id = ?",
                        itemId, sessionId, topicId, kind.name(), blankNull(meeting), url, blankNull(passcode), label, itemId);
        record V(Long sessionId, Long topicId, ChannelKind kind, String meetingId, String joinUrl, boolean passcode, String label) {
        }
        return recorded("training_channel", itemId, id, new V(sessionId, topicId, kind, meeting, url, !passcode.isEmpty(), label), null);
    }

    private Saved material(Programme p, Long itemId, Form f, String uploaded) {
        check(p, "tai-lieu", itemId);
        List<String> errors = new ArrayList<>();
        String topic = f.get("topic");
        if (!topic.matches("\\d{1,18}") || !owns(p, "chuyen-de", Long.parseLong(topic))) {
            errors.add("Vui lòng chọn chuyên đề của tài liệu.");
        }
        MaterialKind kind = Labelled.parse(MaterialKind.class, f.get("kind"));
        if (kind == null) {
            errors.add("Vui lòng chọn loại tài liệu.");
        }
        String title = required(f.get("title"), 300, "Tên tài liệu", errors);
        String url = uploaded != null ? uploaded : f.get("url");
        if (uploaded == null && !https(url)) {
            errors.add("Vui lòng chọn tệp (PDF, Word, Excel) hoặc nhập đường dẫn https://.");
        }
        int position = f.get("position").isEmpty() ? 0 : integer(f.get("position"), -9999, 9999, "Thứ tự", errors);
        fail(errors);
        long topicId = Long.parseLong(topic);
        long id = itemId == null
                ? jdbc.sql("INSERT INTO training_material (topic_id, kind, title, url, position) VALUES (?, ?, ?, ?, ?) RETURNING id")
                        .params(topicId, kind.name(), title, url, position).query(Long.class).single()
                : update("UPDATE training_material SET topic_id = ?, kind = ?, title = ?, url = ?, position = ? WHERE id = ?",
                        itemId, topicId, kind.name(), title, url, position, itemId);
        record V(long topicId, MaterialKind kind, String title, String url) {
        }
        return recorded("training_material", itemId, id, new V(topicId, kind, title, url), null);
    }

    private Saved question(Programme p, Long itemId, Form f) {
        check(p, "cau-hoi", itemId);
        List<String> errors = new ArrayList<>();
        String label = required(f.get("label"), 300, "Câu hỏi", errors);
        QuestionKind kind = Labelled.parse(QuestionKind.class, f.get("kind"));
        if (kind == null) {
            errors.add("Vui lòng chọn loại câu hỏi.");
        }
        List<String> options = f.get("options").lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if ((kind == QuestionKind.SINGLE || kind == QuestionKind.MULTI) && options.size() < 2) {
            errors.add("Câu hỏi chọn một hoặc chọn nhiều cần ít nhất hai phương án (mỗi dòng một phương án).");
        }
        if (options.stream().anyMatch(o -> o.length() > 200)) {
            errors.add("Mỗi phương án dài tối đa 200 ký tự.");
        }
        int position = f.get("position").isEmpty() ? 0 : integer(f.get("position"), -9999, 9999, "Thứ tự", errors);
        Long showIf = null;
        String showValue = f.get("show_if_value");
        if (!f.get("show_if").isEmpty()) {
            if (!f.get("show_if").matches("\\d{1,18}") || !owns(p, "cau-hoi", Long.parseLong(f.get("show_if")))
                    || (itemId != null && Long.parseLong(f.get("show_if")) == itemId)) {
                errors.add("Câu hỏi điều kiện không hợp lệ.");
            } else if (showValue.isEmpty()) {
                errors.add("Vui lòng nhập câu trả lời làm điều kiện hiển thị (ví dụ: một phương án, hoặc co/khong với câu hỏi Có/Không).");
            } else {
                showIf = Long.parseLong(f.get("show_if"));
            }
        }
        fail(errors);
        String opts = options.stream().map(o -> "\"" + o.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        boolean required = f.checked("required");
        long id = itemId == null
                ? jdbc.sql("INSERT INTO training_question (programme_id, position, label, kind, options, required, show_if_question_id, show_if_value) VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?) RETURNING id")
                        .params(p.id(), position, label, kind.name(), opts, required, showIf, showIf == null ? null : showValue).query(Long.class).single()
                : update("UPDATE training_question SET position = ?, label = ?, kind = ?, options = ?::text[], required = ?, show_if_question_id = ?, show_if_value = ? WHERE id = ?",
                        itemId, position, label, kind.name(), opts, required, showIf, showIf == null ? null : showValue, itemId);
        record V(String label, QuestionKind kind, List<String> options, boolean required, Long showIf, String showIfValue) {
        }
        return recorded("training_question", itemId, id, new V(label, kind, options, required, showIf, showValue), null);
    }

    // ---- helpers

    private long update(String sql, long id, Object... params) {
        jdbc.sql(sql).params(params).update();
        return id;
    }

    private List<Long> ids(List<String> values, String countSql, Programme p, String what, List<String> errors) {
        List<Long> ids = new ArrayList<>();
        for (String v : values) {
            if (!v.matches("\\d{1,18}")) {
                errors.add(what + " không hợp lệ.");
                return List.of();
            }
            if (!ids.contains(Long.parseLong(v))) {
                ids.add(Long.parseLong(v));
            }
        }
        if (!ids.isEmpty() && jdbc.sql(countSql).params(p.id(), RegistrationService.array(ids)).query(Long.class).single() != ids.size()) {
            errors.add(what + " đã chọn không thuộc chương trình này.");
        }
        return ids;
    }

    static boolean https(String url) {
        if (url == null || !url.startsWith("https://") || url.length() > 2000 || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            java.net.URI u = new java.net.URI(url);
            return u.getHost() != null && !u.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String optionalHttps(String url, String what, List<String> errors) {
        if (url.isEmpty()) {
            return null;
        }
        if (!https(url)) {
            errors.add(what + " phải là địa chỉ https:// hợp lệ.");
        }
        return url;
    }

    private static String required(String v, int max, String what, List<String> errors) {
        if (v.isEmpty() || v.length() > max) {
            errors.add(what + " không được để trống (tối đa " + VietnameseFormat.number(max) + " ký tự).");
        }
        return v;
    }

    private static String max(String v, int max, String what, List<String> errors) {
        if (v.length() > max) {
            errors.add(what + " dài tối đa " + VietnameseFormat.number(max) + " ký tự.");
        }
        return v;
    }

    private static String blankNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static int integer(String v, int min, int max, String what, List<String> errors) {
        if (v.matches("-?\\d{1,9}")) {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        }
        errors.add(what + " phải là số nguyên từ " + VietnameseFormat.number(min) + " đến " + VietnameseFormat.number(max) + ".");
        return min;
    }

    private static LocalDate date(String v, String what, List<String> errors) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(what + " không hợp lệ (năm-tháng-ngày).");
            return null;
        }
    }

    private static LocalTime time(String v, String what, List<String> errors) {
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(what + " không hợp lệ (giờ:phút).");
            return null;
        }
    }

    /** A time typed in Vietnam's zone ("2021-09-27T17:00"); empty → null. */
    private static Instant dateTime(String v, String what, List<String> errors) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(VietnameseFormat.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(what + " không hợp lệ (năm-tháng-ngày giờ:phút).");
            return null;
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static void fail(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new UserInputException(400, String.join(" ", errors));
        }
    }

    public Optional<Programme> programme(long id) {
        return store.programme(id);
    }
}
