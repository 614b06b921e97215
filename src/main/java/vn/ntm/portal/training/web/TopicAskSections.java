package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import vn.ntm.portal.stats.StatsApi;
import vn.ntm.portal.stats.Visitor;
import vn.ntm.portal.training.domain.Ask;
import vn.ntm.portal.training.domain.ProgrammeStatus;
import vn.ntm.portal.training.domain.Speaker;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.internal.AskService;
import vn.ntm.portal.training.internal.TrainingFormStamp;

/** Builds the questions part of a topic's page, for the page itself and for a refused question shown again. */
@Component
class TopicAskSections {

    private final AskService asks;
    private final TrainingFormStamp stamps;
    private final StatsApi stats;

    TopicAskSections(AskService asks, TrainingFormStamp stamps, StatsApi stats) {
        this.asks = asks;
        this.stamps = stamps;
        this.stats = stats;
    }

    /** The voter key of a request's visitor (the signed visitor cookie), or null without one. */
    String voter(HttpServletRequest request) {
        Visitor v = stats.visitor(request);
        return v.known() ? "v:" + v.id() : null;
    }

    TopicAskSection section(ProgrammeBundle b, Topic t, HttpServletRequest request, CsrfToken csrf, String code, String name, String body,
                            String notice, String error) {
        List<Ask> published = asks.published(t.id());
        Map<Long, Speaker> speakers = b.speakers().stream().collect(Collectors.toMap(Speaker::id, Function.identity()));
        return new TopicAskSection(b.programme(), t, published, asks.votedBy(voter(request), published.stream().map(Ask::id).toList()),
                speakers, open(b), code, name, body, stamps.issue(), csrf.getParameterName(), csrf.getToken(), notice, error);
    }

    /** Questions are taken before, during and after the sessions, until the programme is archived. */
    static boolean open(ProgrammeBundle b) {
        return b.programme().status() == ProgrammeStatus.PUBLISHED || b.programme().status() == ProgrammeStatus.CLOSED;
    }
}
