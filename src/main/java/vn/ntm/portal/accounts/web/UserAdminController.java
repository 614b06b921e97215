package vn.ntm.portal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.internal.PasswordPolicy;
import vn.ntm.portal.accounts.internal.SignInGuard;
import vn.ntm.portal.accounts.internal.UserRow;
import vn.ntm.portal.accounts.internal.UserSessions;
import vn.ntm.portal.accounts.internal.UserStore;
import vn.ntm.portal.accounts.AdminShell;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.web.NotFoundException;

/** User management, for administrators only; every change goes to the audit log. */
@Controller
@PreAuthorize("hasRole('QUAN_TRI')")
class UserAdminController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AdminShell shell;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final SignInGuard guard;
    private final AuditApi audit;

    UserAdminController(AdminShell shell, UserStore users, PasswordEncoder encoder, UserSessions sessions,
                        SignInGuard guard, AuditApi audit) {
        this.shell = shell;
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.guard = guard;
        this.audit = audit;
    }

    @GetMapping(AccountsMenu.USERS)
    String list(@RequestParam(required = false) String ok, HttpServletRequest request, Model model) {
        model.addAttribute("frame", shell.frame(request, AccountsMenu.USERS));
        model.addAttribute("users", users.all());
        model.addAttribute("roles", users.roles());
        model.addAttribute("notice", ok == null ? null : "Đã lưu thay đổi.");
        return "accounts/users";
    }

    @GetMapping(AccountsMenu.USERS + "/moi")
    String newForm(HttpServletRequest request, Model model) {
        return form(request, model, 0, UserForm.empty(), null, null);
    }

    @PostMapping(AccountsMenu.USERS + "/moi")
    String create(@RequestParam String username, @RequestParam String password, HttpServletRequest request, Model model) {
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        UserForm form = UserForm.from(request.getParameterMap(), name);
        List<String> errors = validate(form, 0);
        if (!USERNAME.matcher(name).matches()) {
            errors.add("Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
        }
        PasswordPolicy.check(password, name).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return form(request, model, 0, form, String.join(" ", errors), null);
        }
        long id = users.create(name, form.email(), form.displayName(), encoder.encode(password), true, form.roles());
        users.setPermissions(id, form.permissions());
        if (!form.enabled()) {
            users.update(id, form.email(), form.displayName(), false, form.roles());
        }
        audit.record("user.created", "user", String.valueOf(id), null, form.snapshot());
        return "redirect:" + AccountsMenu.USERS + "/" + id + "?ok";
    }

    @GetMapping(AccountsMenu.USERS + "/{id}")
    String editForm(@PathVariable long id, @RequestParam(required = false) String ok, HttpServletRequest request, Model model) {
        UserRow user = find(id);
        return form(request, model, id, current(user), null, ok == null ? null : NOTICES.getOrDefault(ok, "Đã lưu thay đổi."));
    }

    private static final Map<String, String> NOTICES = Map.of(
            "mat-khau", "Đã đặt mật khẩu tạm thời; người dùng phải đổi khi đăng nhập.",
            "dang-xuat", "Đã đăng xuất người dùng khỏi mọi thiết bị.",
            "mo-khoa", "Đã mở khóa đăng nhập.");

    @PostMapping(AccountsMenu.USERS + "/{id}")
    String update(@PathVariable long id, HttpServletRequest request, Model model) {
        UserRow user = find(id);
        UserForm before = current(user);
        UserForm form = UserForm.from(request.getParameterMap(), user.username());
        List<String> errors = validate(form, id);
        if (id == SignedInUser.get().id() && (!form.enabled() || !form.roles().contains(Roles.ADMIN))) {
            errors.add("Không thể tự vô hiệu hóa hoặc bỏ quyền quản trị của chính mình.");
        }
        if (!errors.isEmpty()) {
            return form(request, model, id, form, String.join(" ", errors), null);
        }
        users.update(id, form.email(), form.displayName(), form.enabled(), form.roles());
        users.setPermissions(id, form.permissions());
        if (!form.enabled() || !form.roles().equals(before.roles())) {
            // a disabled user is out at once; a user whose roles changed signs in again to get them
            sessions.endAll(user.username(), null);
        }
        audit.record("user.updated", "user", String.valueOf(id), before.snapshot(), form.snapshot());
        return "redirect:" + AccountsMenu.USERS + "/" + id + "?ok";
    }

    @PostMapping(AccountsMenu.USERS + "/{id}/mat-khau")
    String resetPassword(@PathVariable long id, @RequestParam String password, HttpServletRequest request, Model model) {
        UserRow user = find(id);
        Optional<String> refused = PasswordPolicy.check(password, user.username());
        if (refused.isPresent()) {
            return form(request, model, id, current(user), refused.get(), null);
        }
        users.setPassword(id, encoder.encode(password), true);
        sessions.endAll(user.username(), null);
        audit.record("user.password-reset", "user", String.valueOf(id), null, null);
        return "redirect:" + AccountsMenu.USERS + "/" + id + "?ok=mat-khau";
    }

    @PostMapping(AccountsMenu.USERS + "/{id}/dang-xuat")
    String signOutEverywhere(@PathVariable long id) {
        UserRow user = find(id);
        int ended = sessions.endAll(user.username(), null);
        audit.record("user.signed-out-everywhere", "user", String.valueOf(id), null, Map.of("sessionsEnded", ended));
        return "redirect:" + AccountsMenu.USERS + "/" + id + "?ok=dang-xuat";
    }

    @PostMapping(AccountsMenu.USERS + "/{id}/mo-khoa")
    String unlock(@PathVariable long id) {
        UserRow user = find(id);
        guard.unlock(user.username());
        audit.record("user.unlocked", "user", String.valueOf(id), null, null);
        return "redirect:" + AccountsMenu.USERS + "/" + id + "?ok=mo-khoa";
    }

    private List<String> validate(UserForm form, long id) {
        List<String> errors = new ArrayList<>();
        if (form.displayName().isBlank() || form.displayName().length() > 120) {
            errors.add("Họ và tên không được để trống (tối đa 120 ký tự).");
        }
        if (!EMAIL.matcher(form.email()).matches() || form.email().length() > 200) {
            errors.add("Địa chỉ e-mail không hợp lệ.");
        }
        if (!users.roles().keySet().containsAll(form.roles())) {
            errors.add("Vai trò không hợp lệ.");
        }
        if (!users.categories().keySet().containsAll(form.permissions().keySet())) {
            errors.add("Chuyên mục không hợp lệ.");
        }
        if (errors.isEmpty() && users.taken(form.username(), form.email(), id)) {
            errors.add("Tên đăng nhập hoặc e-mail đã được dùng cho tài khoản khác.");
        }
        return errors;
    }

    private String form(HttpServletRequest request, Model model, long id, UserForm form, String error, String notice) {
        model.addAttribute("frame", shell.frame(request, AccountsMenu.USERS));
        model.addAttribute("id", id);
        model.addAttribute("user", form);
        model.addAttribute("roles", users.roles());
        model.addAttribute("categories", users.categories());
        model.addAttribute("sessions", id == 0 ? 0 : sessions.count(form.username()));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "accounts/user-form";
    }

    private UserRow find(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy người dùng này."));
    }

    private UserForm current(UserRow user) {
        return new UserForm(user.username(), user.email(), user.displayName(), user.enabled(), user.roles(),
                users.permissions(user.id()));
    }

}
