package vn.ntm.portal.training.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.ChannelKind;
import vn.ntm.portal.training.domain.CustomQuestion;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.MaterialKind;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.ProgrammeStatus;
import vn.ntm.portal.training.domain.QuestionKind;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.internal.TrainingStore;

/** The back office's programme page: the settings form (typed values after a refusal) and the structure. */
public record AdminProgrammePage(Programme programme, ProgrammeBundle b, List<CustomQuestion> questions, Map<Delivery, int[]> capacities,
                                 Map<String, String> values, String notice, String error) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static AdminProgrammePage of(TrainingStore store, Programme p, Map<String, String> typed, String notice, String error) {
        Map<Delivery, int[]> caps = p == null ? Map.of() : store.capacities(p.id());
        Map<String, String> values = typed != null ? typed : p == null ? defaults() : values(p, caps);
        return new AdminProgrammePage(p, p == null ? null : ProgrammeBundle.load(store, p), p == null ? List.of() : store.questions(p.id()),
                caps, values, notice, error);
    }

    private static Map<String, String> defaults() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("status", "DRAFT");
        v.put("offer_hours", "48");
        v.put("reminder_hours", "24");
        return v;
    }

    private static Map<String, String> values(Programme p, Map<Delivery, int[]> caps) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", p.name());
        v.put("slug", p.slug());
        v.put("summary", p.summary());
        v.put("description", p.descriptionHtml());
        v.put("starts_on", p.startsOn().toString());
        v.put("ends_on", p.endsOn().toString());
        v.put("status", p.status().name());
        v.put("registration_opens_at", p.registrationOpensAt() == null ? "" : LOCAL.format(LocalDateTime.ofInstant(p.registrationOpensAt(), VietnameseFormat.ZONE)));
        v.put("registration_closes_at", p.registrationClosesAt() == null ? "" : LOCAL.format(LocalDateTime.ofInstant(p.registrationClosesAt(), VietnameseFormat.ZONE)));
        if (p.moderation()) {
            v.put("moderation", "1");
        }
        v.put("offer_hours", String.valueOf(p.offerHours()));
        v.put("reminder_hours", String.valueOf(p.reminderHours()));
        v.put("location", p.location());
        caps.forEach((d, c) -> v.put("seats_" + d.name(), String.valueOf(c[0])));
        return v;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return values.containsKey(name);
    }

    public String action() {
        return programme == null ? "/quan-tri/tap-huan/moi" : "/quan-tri/tap-huan/" + programme.id();
    }

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id();
    }

    public ProgrammeStatus[] statuses() {
        return ProgrammeStatus.values();
    }

    public Delivery[] deliveries() {
        return Delivery.values();
    }

    public ChannelKind[] channelKinds() {
        return ChannelKind.values();
    }

    public MaterialKind[] materialKinds() {
        return MaterialKind.values();
    }

    public QuestionKind[] questionKinds() {
        return QuestionKind.values();
    }

    public String seatsTaken(Delivery d) {
        int[] c = capacities.get(d);
        return c == null ? "" : "đã dùng " + VietnameseFormat.number(c[1]) + " / " + VietnameseFormat.number(c[0]) + " chỗ";
    }

    public String day(Session s) {
        return s.startsAt().atZone(VietnameseFormat.ZONE).toLocalDate().toString();
    }

    public String start(Session s) {
        return s.startsAt().atZone(VietnameseFormat.ZONE).toLocalTime().toString();
    }

    public String end(Session s) {
        return s.endsAt().atZone(VietnameseFormat.ZONE).toLocalTime().toString();
    }

    public boolean covers(Session s, Topic t) {
        return b.sessionTopics().getOrDefault(s.id(), List.of()).contains(t.id());
    }

    public boolean speaks(Topic t, long speakerId) {
        return b.topicSpeakers().getOrDefault(t.id(), List.of()).contains(speakerId);
    }

    public String channelTarget(vn.ntm.portal.training.domain.Channel c) {
        if (c.sessionId() != null) {
            return b.sessions().stream().filter(s -> s.id() == c.sessionId()).map(Session::heading).findFirst().orElse("?");
        }
        return b.topics().stream().filter(t -> t.id() == c.topicId()).map(t -> "Chuyên đề " + t.number()).findFirst().orElse("?");
    }

    public String topicNumber(long topicId) {
        return b.topics().stream().filter(t -> t.id() == topicId).map(t -> "Chuyên đề " + t.number()).findFirst().orElse("?");
    }

    public String questionLabel(Long id) {
        return id == null ? null : questions.stream().filter(q -> q.id() == id).map(CustomQuestion::label).findFirst().orElse("?");
    }
}
