package vn.ntm.portal.media.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The song/video form as typed; {@code source} is a youtube-nocookie embed URL or a /uploads/ path. */
public record MediaForm(String title, String kind, String source, String description, String position, boolean published) {

    static MediaForm empty() {
        return new MediaForm("", "VIDEO", "", "", "0", true);
    }

    static MediaForm from(HttpServletRequest request) {
        return new MediaForm(text(request, "title"), text(request, "kind"), text(request, "source"),
                text(request, "description"), text(request, "position"), request.getParameter("published") != null);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("kind", kind);
        m.put("source", source);
        m.put("description", description);
        m.put("position", position);
        m.put("published", published);
        return m;
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }
}
