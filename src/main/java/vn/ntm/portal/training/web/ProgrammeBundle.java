package vn.ntm.portal.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Channel;
import vn.ntm.portal.training.domain.Coorganiser;
import vn.ntm.portal.training.domain.Material;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.domain.TrainingDates;
import vn.ntm.portal.training.internal.TrainingStore;

/** A programme with its whole structure, loaded in a few queries, with the lookups the templates need. */
public record ProgrammeBundle(Programme programme, List<Coorganiser> coorganisers, List<Topic> topics, List<Speaker> speakers,
                              List<Session> sessions, List<Channel> channels, List<Material> materials,
                              Map<Long, List<Long>> topicSpeakers, Map<Long, List<Long>> sessionTopics, long registrants) {

    public static ProgrammeBundle load(TrainingStore store, Programme p) {
        return new ProgrammeBundle(p, store.coorganisers(p.id()), store.topics(p.id()), store.speakers(p.id()), store.sessions(p.id()),
                store.channels(p.id()), store.materials(p.id()), store.topicSpeakers(p.id()), store.sessionTopics(p.id()),
                store.activeRegistrations(p.id()));
    }

    public List<Topic> topicsOf(Session s) {
        List<Long> ids = sessionTopics.getOrDefault(s.id(), List.of());
        return topics.stream().filter(t -> ids.contains(t.id())).toList();
    }

    public List<Session> sessionsOf(Topic t) {
        return sessions.stream().filter(s -> sessionTopics.getOrDefault(s.id(), List.of()).contains(t.id())).toList();
    }

    public List<Speaker> speakersOf(Topic t) {
        List<Long> ids = topicSpeakers.getOrDefault(t.id(), List.of());
        return ids.stream().map(id -> speakers.stream().filter(s -> s.id() == id).findFirst()).flatMap(Optional::stream).toList();
    }

    public List<Topic> topicsOf(Speaker speaker) {
        return topics.stream().filter(t -> topicSpeakers.getOrDefault(t.id(), List.of()).contains(speaker.id())).toList();
    }

    /** The speakers of a session's topics, each once. */
    public List<Speaker> speakersOf(Session s) {
        List<Speaker> out = new ArrayList<>();
        for (Topic t : topicsOf(s)) {
            for (Speaker sp : speakersOf(t)) {
                if (!out.contains(sp)) {
                    out.add(sp);
                }
            }
        }
        return out;
    }

    /** Livestreams of a session and of its topics: shown to everyone. */
    public List<Channel> publicChannelsOf(Session s) {
        return channelsOf(s).stream().filter(Channel::isPublic).toList();
    }

    /** Every channel of a session and of its topics (Zoom included: for the registrant's own page). */
    public List<Channel> channelsOf(Session s) {
        List<Long> topicIds = sessionTopics.getOrDefault(s.id(), List.of());
        return channels.stream().filter(c -> (c.sessionId() != null && c.sessionId() == s.id())
                || (c.topicId() != null && topicIds.contains(c.topicId()))).toList();
    }

    public List<Channel> publicChannelsOf(Topic t) {
        return channels.stream().filter(c -> c.isPublic() && c.topicId() != null && c.topicId() == t.id()).toList();
    }

    public List<Material> materialsOf(Topic t) {
        return materials.stream().filter(m -> m.topicId() == t.id()).toList();
    }

    public Optional<Topic> topic(int number) {
        return topics.stream().filter(t -> t.number() == number).findFirst();
    }

    public Optional<Speaker> speaker(long id) {
        return speakers.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Sessions grouped by their day in Vietnam: "Thứ ba, 28/09/2021" → sessions. */
    public Map<String, List<Session>> sessionsByDay() {
        Map<LocalDate, List<Session>> byDate = new java.util.TreeMap<>();
        for (Session s : sessions) {
            byDate.computeIfAbsent(s.startsAt().atZone(VietnameseFormat.ZONE).toLocalDate(), d -> new ArrayList<>()).add(s);
        }
        Map<String, List<Session>> out = new LinkedHashMap<>();
        byDate.forEach((d, list) -> out.put(TrainingDates.day(list.get(0).startsAt()), list));
        return out;
    }

    public String registrantsText() {
        return VietnameseFormat.number(registrants);
    }
}
