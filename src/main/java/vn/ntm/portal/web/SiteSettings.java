package vn.ntm.portal.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Site settings (table {@code site_setting}), read through a short cache so that an edit made on
 * any node shows everywhere within seconds.
 */
@Component
public class SiteSettings {

    private static final String KEY = "all";
    private final LoadingCache<String, Map<String, String>> cache;

    SiteSettings(JdbcClient jdbc) {
        this.cache = Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofSeconds(5))
                .build(k -> jdbc.sql("SELECT key, value FROM site_setting").query()
                        .listOfRows().stream()
                        .collect(Collectors.toUnmodifiableMap(r -> (String) r.get("key"), r -> (String) r.get("value"))));
    }

    public String get(String key, String fallback) {
        return cache.get(KEY).getOrDefault(key, fallback);
    }

    public int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(get(key, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public SiteIdentity identity() {
        return new SiteIdentity(
                get("site.name", "Văn phòng Điều phối nông thôn mới"),
                get("site.shortName", "Nông thôn mới"),
                get("site.tagline", ""),
                get("site.logoAlt", "Biểu trưng"),
                get("footer.office", ""),
                get("footer.editorInChief", ""),
                get("footer.deputyEditor", ""),
                get("footer.address", ""),
                get("footer.phone", ""),
                get("footer.email", ""));
    }

    /** Forgets cached values, e.g. after an edit on this node. */
    public void invalidate() {
        cache.invalidateAll();
    }
}
