package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ntm.portal.news.editorial.ArticleInput;
import vn.ntm.portal.shared.VietnameseText;

/** The author form as typed; {@code renameArticles} asks a rename to update the articles carrying the old name. */
public record AuthorForm(String displayName, String userId, String note, boolean active, boolean renameArticles) {

    static final int NOTE_MAX = 500;

    static AuthorForm empty() {
        return new AuthorForm("", "", "", true, true);
    }

    static AuthorForm of(AuthorRow row) {
        return new AuthorForm(row.displayName(), row.userId() == null ? "" : String.valueOf(row.userId()), row.note(), row.active(), true);
    }

    static AuthorForm from(HttpServletRequest request) {
        return new AuthorForm(Names.plain(request.getParameter("displayName"), ArticleInput.AUTHOR_MAX + 1),
                Names.plain(request.getParameter("userId"), 20), Names.plain(request.getParameter("note"), NOTE_MAX + 1),
                request.getParameter("active") != null, request.getParameter("renameArticles") != null);
    }

    String key() {
        return VietnameseText.nameKey(displayName);
    }

    Long user() {
        try {
            return userId.isEmpty() ? null : Long.valueOf(userId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", displayName);
        m.put("userId", user());
        m.put("note", note);
        m.put("active", active);
        return m;
    }
}
