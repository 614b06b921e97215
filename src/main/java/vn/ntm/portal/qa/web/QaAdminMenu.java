package vn.ntm.portal.qa.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.AdminMenuContributor;
import vn.ntm.portal.accounts.AdminMenuItem;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.qa.QaRoles;

/** The Q&A back-office links: the questions for handlers and administrators, topics and the public-holiday calendar for administrators. */
@Component
class QaAdminMenu implements AdminMenuContributor {

    static final String QUESTIONS = "/quan-tri/hoi-dap";
    static final String TOPICS = "/quan-tri/hoi-dap/linh-vuc";
    static final String HOLIDAYS = "/quan-tri/hoi-dap/ngay-nghi";

    @Override
    public List<AdminMenuItem> adminMenuItems() {
        return List.of(new AdminMenuItem(QUESTIONS, "Hỏi đáp", 350, Set.of(QaRoles.HANDLER, Roles.ADMIN)),
                new AdminMenuItem(TOPICS, "Lĩnh vực hỏi đáp", 360, Set.of(Roles.ADMIN)),
                new AdminMenuItem(HOLIDAYS, "Ngày nghỉ lễ", 370, Set.of(Roles.ADMIN)));
    }
}
