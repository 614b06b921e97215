package vn.ntm.portal.training.web;

import java.util.List;
import java.util.Map;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.CustomQuestion;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Gender;
import vn.ntm.portal.training.domain.Level;
import vn.ntm.portal.training.domain.ProducerType;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Province;
import vn.ntm.portal.training.domain.Topic;

/** What the registration form (or the personal page's change form) shows. */
public record RegisterPage(Programme programme, RegistrationForm form, List<Province> provinces, List<Topic> topics,
                           List<CustomQuestion> questions, Map<Delivery, int[]> capacities, String stamp, String consentText,
                           String consentVersion, String error, String action, boolean change, String csrfParam, String csrfToken) {

    public Gender[] genders() {
        return Gender.values();
    }

    public Level[] levels() {
        return Level.values();
    }

    public Category[] categories() {
        return Category.values();
    }

    public ProducerType[] producerTypes() {
        return ProducerType.values();
    }

    public Delivery[] channels() {
        return Delivery.values();
    }

    /** "(còn 12 chỗ)" / "(đã hết chỗ: vào danh sách chờ)" for a channel with a capacity; empty otherwise. */
    public String seatsText(Delivery d) {
        int[] c = capacities.get(d);
        if (c == null) {
            return "";
        }
        int free = Math.max(c[0] - c[1], 0);
        return free == 0 ? " (đã hết chỗ: đăng ký sẽ vào danh sách chờ)" : " (còn " + vn.ntm.portal.shared.VietnameseFormat.number(free) + " chỗ)";
    }

    public boolean anyCapacity() {
        return !capacities.isEmpty();
    }

    public String provinceVersionText() {
        return programme.provinceVersion() == 2004 ? "63 tỉnh, thành phố (trước ngày 01/7/2025)" : "34 tỉnh, thành phố (từ ngày 01/7/2025)";
    }

    public String controllerValue(CustomQuestion q) {
        return q.showIfQuestionId() == null ? null : "q" + q.showIfQuestionId();
    }
}
