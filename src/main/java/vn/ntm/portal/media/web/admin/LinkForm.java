package vn.ntm.portal.media.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The link/banner form as typed. {@code imagePath} is the stored image (never taken from the request);
 * {@code imageId} picks a new one from the media library; {@code removeImage} drops the current one.
 */
public record LinkForm(String title, String url, String imageId, String imagePath, boolean removeImage, String imageAlt,
                       String position, String startsOn, String endsOn) {

    static LinkForm empty() {
        return new LinkForm("", "https://", "", null, false, "", "0", "", "");
    }

    static LinkForm from(HttpServletRequest request, String currentImagePath) {
        return new LinkForm(text(request, "title"), text(request, "url"), text(request, "imageId"), currentImagePath,
                request.getParameter("removeImage") != null, text(request, "imageAlt"), text(request, "position"),
                text(request, "startsOn"), text(request, "endsOn"));
    }

    LinkForm withImagePath(String path) {
        return new LinkForm(title, url, imageId, path, false, imageAlt, position, startsOn, endsOn);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("url", url);
        m.put("imagePath", imagePath);
        m.put("imageAlt", imageAlt);
        m.put("position", position);
        m.put("startsOn", startsOn);
        m.put("endsOn", endsOn);
        return m;
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }
}
