package vn.ntm.portal.siteadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.SiteMenu;
import vn.ntm.portal.web.SiteMenuItem;

/**
 * The public main menu (trình đơn): shows the whole menu (category entries come from the categories screen)
 * and lets administrators add, edit, delete and reorder the hand-made entries of table {@code site_menu_item}.
 * Every change is audited and the public menu on this node follows at once (other nodes within 2 s).
 */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class MenuAdminController {

    private static final String PATH = SiteAdminMenu.MENU;
    private static final Map<String, String> NOTICES = Map.of(
            "da-tao", "Đã thêm mục vào trình đơn.", "da-luu", "Đã lưu mục trình đơn.", "da-xoa", "Đã xóa mục trình đơn.",
            "da-chuyen", "Đã đổi thứ tự trình đơn.");

    private final AdminShell shell;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SiteMenu menu;
    private final AuditApi audit;

    MenuAdminController(AdminShell shell, JdbcClient jdbc, PlatformTransactionManager transactions, SiteMenu menu,
                        AuditApi audit) {
        this.shell = shell;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.menu = menu;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return page(request, model, null, tb == null ? null : NOTICES.get(tb));
    }

    @GetMapping(PATH + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, 0, MenuForm.empty(), null, null);
    }

    @PostMapping(PATH + "/moi")
    String create(HttpServletRequest request, HttpServletResponse response, Model model) {
        MenuForm form = MenuForm.from(request);
        List<String> errors = new ArrayList<>();
        SiteMenuItem checked = validate(0, form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, 0, form, String.join(" ", errors), null);
        }
        long id = tx.execute(status -> {
            long newId = jdbc.sql("""
                    INSERT INTO site_menu_item (label, href, parent_id, position, enabled, new_tab)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(checked.label(), checked.href(), checked.parentId(), checked.position(), checked.enabled(),
                            checked.newTab())
                    .query(Long.class).single();
            audit.record("menu.created", "site_menu_item", String.valueOf(newId), null, checked.snapshot());
            return newId;
        });
        menu.changed();
        return "redirect:" + PATH + "/" + id + "?tb=da-tao";
    }

    @GetMapping(PATH + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String tb, HttpServletRequest request, Model model) {
        return form(request, model, id, MenuForm.of(find(id)), null, tb == null ? null : NOTICES.get(tb));
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        SiteMenuItem before = find(id);
        MenuForm form = MenuForm.from(request);
        List<String> errors = new ArrayList<>();
        SiteMenuItem checked = validate(id, form, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(request, model, id, form, String.join(" ", errors), null);
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE site_menu_item SET label = ?, href = ?, parent_id = ?, position = ?, enabled = ?, new_tab = ? WHERE id = ?")
                    .params(checked.label(), checked.href(), checked.parentId(), checked.position(), checked.enabled(),
                            checked.newTab(), id)
                    .update();
            audit.record("menu.updated", "site_menu_item", String.valueOf(id), before.snapshot(), checked.snapshot());
        });
        menu.changed();
        return "redirect:" + PATH + "/" + id + "?tb=da-luu";
    }

    @PostMapping(PATH + "/{id}/xoa")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        SiteMenuItem before = find(id);
        boolean deleted = Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.sql("SELECT id FROM site_menu_item WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
            if (jdbc.sql("SELECT count(*) FROM site_menu_item WHERE parent_id = ?").param(id).query(Long.class).single() > 0) {
                return false;
            }
            jdbc.sql("DELETE FROM site_menu_item WHERE id = ?").param(id).update();
            audit.record("menu.deleted", "site_menu_item", String.valueOf(id), before.snapshot(), null);
            return true;
        }));
        if (!deleted) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(request, model, "Không thể xóa mục \"" + before.label()
                    + "\" vì còn mục con; hãy xóa hoặc chuyển các mục con trước.", null);
        }
        menu.changed();
        return "redirect:" + PATH + "?tb=da-xoa";
    }

    @PostMapping(PATH + "/{id}/len")
    String up(@PathVariable long id) {
        move(id, -1);
        return "redirect:" + PATH + "?tb=da-chuyen";
    }

    @PostMapping(PATH + "/{id}/xuong")
    String down(@PathVariable long id) {
        move(id, 1);
        return "redirect:" + PATH + "?tb=da-chuyen";
    }

    /**
     * Moves a hand-made entry one place up ({@code -1}) or down ({@code 1}) among its siblings as the menu shows
     * them: past a category entry by taking a position just before / at the category's order (at equal order the
     * category comes first), past another hand-made entry by exchanging positions.
     */
    private void move(long id, int direction) {
        SiteMenuItem item = find(id);
        List<MenuRow> siblings = item.parentId() == null ? rows()
                : rows().stream().filter(r -> r.id() == item.parentId()).findFirst().map(MenuRow::children).orElse(List.of());
        int at = -1;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id() == id) {
                at = i;
            }
        }
        int to = at + direction;
        if (at < 0 || to < 0 || to >= siblings.size()) {
            return;
        }
        MenuRow other = siblings.get(to);
        int mine;
        Integer theirs = null;
        if (!other.handMade()) {
            mine = direction < 0 ? other.order() - 1 : other.order();
        } else if (other.order() == item.position()) {
            mine = item.position() + direction;
        } else {
            mine = other.order();
            theirs = item.position();
        }
        Integer theirPosition = theirs;
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE site_menu_item SET position = ? WHERE id = ?").params(mine, id).update();
            if (theirPosition != null) {
                jdbc.sql("UPDATE site_menu_item SET position = ? WHERE id = ?").params(theirPosition, other.id()).update();
            }
            audit.record("menu.moved", "site_menu_item", String.valueOf(id), Map.of("position", item.position()),
                    Map.of("position", mine, "direction", direction < 0 ? "up" : "down"));
        });
        menu.changed();
    }

    /** The entry the form describes, adding a Vietnamese message to {@code errors} for each problem. */
    private SiteMenuItem validate(long id, MenuForm form, List<String> errors) {
        if (form.label().isEmpty() || form.label().codePointCount(0, form.label().length()) > SiteMenuItem.LABEL_MAX) {
            errors.add("Tên mục không được để trống (tối đa " + SiteMenuItem.LABEL_MAX + " ký tự).");
        }
        SiteMenuItem.hrefProblem(form.href()).ifPresent(errors::add);
        Long parentId = null;
        if (!form.parentId().isEmpty()) {
            Optional<SiteMenuItem> parent = Optional.empty();
            try {
                long p = Long.parseLong(form.parentId());
                parent = menu.handMade().stream().filter(m -> m.id() == p && m.parentId() == null && m.id() != id).findFirst();
            } catch (NumberFormatException e) {
                // reported below
            }
            if (parent.isEmpty()) {
                errors.add("Mục cha phải là một mục cấp trên cùng khác do quản trị tạo.");
            } else {
                parentId = parent.get().id();
                if (id != 0 && menu.handMade().stream().anyMatch(m -> m.parentId() != null && m.parentId() == id)) {
                    errors.add("Mục này đang có mục con nên không thể đặt vào dưới mục khác.");
                }
            }
        }
        int position = 0;
        try {
            position = Integer.parseInt(form.position().isEmpty() ? "0" : form.position());
            if (position < -9999 || position > 9999) {
                errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
            }
        } catch (NumberFormatException e) {
            errors.add("Thứ tự phải là số nguyên từ -9999 đến 9999.");
        }
        return new SiteMenuItem(id, form.label(), form.href(), parentId, position, form.enabled(), form.newTab());
    }

    private SiteMenuItem find(long id) {
        return menu.handMade().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy mục trình đơn này."));
    }

    /** The whole menu as the public sees it, plus the hidden hand-made entries, each child under its parent. */
    private List<MenuRow> rows() {
        List<SiteMenuItem> handMade = menu.handMade();
        record Ranked(MenuRow row, int rank) {
        }
        List<Ranked> all = new ArrayList<>();
        menu.contributed().forEach(m -> all.add(new Ranked(new MenuRow(0, m.label(), m.href(), m.order(), true, m.newTab(),
                List.of()), 0)));
        for (SiteMenuItem top : handMade) {
            if (top.parentId() != null) {
                continue;
            }
            List<MenuRow> children = handMade.stream().filter(c -> c.parentId() != null && c.parentId() == top.id())
                    .sorted(Comparator.comparingInt(SiteMenuItem::position).thenComparingLong(SiteMenuItem::id))
                    .map(c -> new MenuRow(c.id(), c.label(), c.href(), c.position(), c.enabled(), c.newTab(), List.of()))
                    .toList();
            all.add(new Ranked(new MenuRow(top.id(), top.label(), top.href(), top.position(), top.enabled(), top.newTab(),
                    children), 1));
        }
        all.sort(Comparator.comparingInt((Ranked r) -> r.row().order()).thenComparingInt(Ranked::rank));
        return all.stream().map(Ranked::row).toList();
    }

    private String page(HttpServletRequest request, Model model, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("rows", rows());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/site/menu";
    }

    private String form(HttpServletRequest request, Model model, long id, MenuForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, PATH));
        model.addAttribute("id", id);
        model.addAttribute("item", form);
        model.addAttribute("parents", menu.handMade().stream().filter(m -> m.parentId() == null && m.id() != id).toList());
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "admin/site/menu-form";
    }
}
