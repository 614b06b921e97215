package vn.ntm.portal.news.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ntm.portal.news.editorial.ArticleInput;
import vn.ntm.portal.shared.VietnameseText;

/** The source form as typed; {@code renameArticles} asks a rename to update the articles citing the old name. */
public record SourceForm(String name, String url, boolean active, String position, boolean renameArticles) {

    static SourceForm empty() {
        return new SourceForm("", "", true, "0", true);
    }

    static SourceForm of(SourceRow row) {
        return new SourceForm(row.name(), row.url(), row.active(), String.valueOf(row.position()), true);
    }

    static SourceForm from(HttpServletRequest request) {
        return new SourceForm(Names.plain(request.getParameter("name"), ArticleInput.SOURCE_MAX + 1),
                Names.plain(request.getParameter("url"), 501), request.getParameter("active") != null,
                Names.plain(request.getParameter("position"), 20), request.getParameter("renameArticles") != null);
    }

    String key() {
        return VietnameseText.nameKey(name);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("url", url);
        m.put("active", active);
        m.put("position", position);
        return m;
    }
}
