package vn.ntm.portal.news.editorial;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.shared.VietnameseText;

/**
 * The office's lists of known sources (table {@code news_source}) and authors / pen names ({@code news_author})
 * as the article editor uses them: suggestions for the free-text fields, the URL of a known source, the author
 * linked to a back-office user. Names are matched by {@link VietnameseText#nameKey}.
 */
@Component
public class KnownNames {

    /** A source the editor offers. */
    public record Source(String name, String url) {
    }

    private final JdbcClient jdbc;

    KnownNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active sources, by position and name. */
    public List<Source> activeSources() {
        return jdbc.sql("SELECT name, url FROM news_source WHERE active ORDER BY position, name")
                .query((rs, i) -> new Source(rs.getString(1), rs.getString(2))).list();
    }

    /** Display names of the active authors, by name. */
    public List<String> activeAuthors() {
        return jdbc.sql("SELECT display_name FROM news_author WHERE active ORDER BY display_name").query(String.class).list();
    }

    /** The URL of the active source with this name (compared by key), when it has one. */
    public Optional<String> sourceUrl(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT url FROM news_source WHERE active AND name_key = ? AND url <> ''")
                .param(VietnameseText.nameKey(name)).query(String.class).optional();
    }

    /** The active author linked to the back-office user, if any (the lowest id when several are). */
    public Optional<String> authorOfUser(long userId) {
        return jdbc.sql("SELECT display_name FROM news_author WHERE active AND user_id = ? ORDER BY id LIMIT 1")
                .param(userId).query(String.class).optional();
    }
}
