package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.training.domain.Channel;
import vn.ntm.portal.training.domain.CustomQuestion;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.domain.Session;
import vn.ntm.portal.training.domain.Topic;

/** A registrant's own page: their registration, its state, the Zoom links when they hold a Zoom seat. */
public record PersonalPage(ProgrammeBundle b, Registration registration, String link, String qrSvg, boolean justRegistered,
                           boolean updated, String notice, RegisterPage changeForm, List<CustomQuestion> questions,
                           Map<String, List<String>> answers) {

    public boolean zoom() {
        return registration.status() == RegistrationStatus.REGISTERED && registration.channel() == Delivery.ZOOM;
    }

    public boolean offered() {
        return registration.status() == RegistrationStatus.OFFERED;
    }

    public List<Channel> zoomChannels(Session s) {
        return b.channelsOf(s).stream().filter(Channel::isZoom).toList();
    }

    public List<Topic> chosenTopics() {
        return b.topics().stream().filter(t -> registration.topicIds().contains(t.id())).toList();
    }

    public String answerText(CustomQuestion q) {
        List<String> v = answers.get(String.valueOf(q.id()));
        if (v == null || v.isEmpty()) {
            return null;
        }
        return String.join("; ", v.stream().map(x -> x.equals(RegistrationForm.YES) ? "Có" : x.equals(RegistrationForm.NO) ? "Không" : x).toList());
    }
}
