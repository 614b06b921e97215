package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Province;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.training.domain.Topic;

/** The organisers' list of registrations with its filters. */
public record RegistrationsPage(Programme programme, List<Registration> rows, long total, int page, int pages, Map<String, String> params,
                                String query, List<Province> provinces, List<Topic> topics, Map<RegistrationStatus, Long> counts,
                                String notice, String error) {

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public String totalText() {
        return VietnameseFormat.number(total);
    }

    public String count(RegistrationStatus s) {
        return VietnameseFormat.number(counts.getOrDefault(s, 0L));
    }

    public Category[] categories() {
        return Category.values();
    }

    public Delivery[] channels() {
        return Delivery.values();
    }

    public RegistrationStatus[] statuses() {
        return RegistrationStatus.values();
    }

    public String base() {
        return "/quan-tri/tap-huan/" + programme.id() + "/dang-ky";
    }

    /** The list's address with the filters and another page. */
    public String pageLink(int n) {
        return base() + "?" + (query.isEmpty() ? "" : query + "&") + "trang=" + n;
    }
}
