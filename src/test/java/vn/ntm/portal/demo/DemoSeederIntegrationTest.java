package vn.ntm.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on a fresh embedded database (test settings: ntm.demo.articles=300, files under
 * target/): the seeder ran once at start, filled every table, and a second run changes nothing.
 */
@SpringBootTest
class DemoSeederIntegrationTest {

    private static final List<String> TABLES = List.of("category", "article", "article_category", "tag", "article_tag",
            "article_attachment", "legal_document", "media_item", "link_banner", "stats_hourly");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoSeeder seeder;
    @Value("${ntm.upload-dir}")
    Path uploadDir;
    @Value("${ntm.demo.articles}")
    int articles;

    @Test
    void freshDatabaseWasSeededAtStart() {
        assertThat(count("SELECT count(*) FROM category")).isGreaterThanOrEqualTo(12);
        assertThat(count("SELECT count(*) FROM category WHERE name = 'Học tập đạo đức HCM' AND slug = 'hoc-tap-dao-duc-hcm'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM category WHERE parent_id IS NOT NULL")).isPositive();
        // other tests may add articles to the shared context; the seeded ones are all there
        assertThat(count("SELECT count(*) FROM article WHERE status = 'PUBLISHED'")).isGreaterThanOrEqualTo(articles);
        assertThat(count("SELECT count(*) FROM article WHERE published_at > now()")).isZero();
        assertThat(count("SELECT count(DISTINCT main_category_id) FROM article")).isGreaterThanOrEqualTo(12);
        assertThat(count("SELECT count(*) FROM tag")).isBetween(30L, 60L);
        assertThat(count("SELECT count(*) FROM article_tag")).isBetween((long) articles, 4L * articles + 50);
        assertThat(count("SELECT count(*) FROM article_category")).isPositive();
        assertThat(count("SELECT count(*) FROM article_attachment WHERE media_type = 'application/pdf'")).isPositive();
        assertThat(count("SELECT count(*) FROM legal_document")).isGreaterThanOrEqualTo(60);
        assertThat(count("SELECT count(*) FROM media_item WHERE kind = 'AUDIO' AND file_path LIKE '/uploads/demo/%.wav'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM media_item WHERE kind = 'VIDEO' AND embed_url LIKE 'https://www.youtube-nocookie.com/embed/%'"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM link_banner WHERE image_alt = title")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM stats_hourly WHERE human")).isGreaterThan(24L * 365 * 3 - 48);
        assertThat(count("SELECT coalesce(sum(visits), 0) FROM stats_hourly WHERE human")).isBetween(2_000_000L, 20_000_000L);
        // the daily dimensions follow the hourly visits: every dimension sums to about the same people's visits
        long humanVisits = count("SELECT coalesce(sum(visits), 0) FROM stats_hourly WHERE human");
        for (String dimension : List.of("browser", "os", "device", "referrer")) {
            assertThat(count("SELECT coalesce(sum(visits), 0) FROM stats_daily_dimension WHERE human AND dimension = '" + dimension + "'"))
                    .as(dimension).isBetween(humanVisits * 85 / 100, humanVisits * 115 / 100);
        }
        assertThat(count("""
                SELECT count(*) FROM (SELECT value FROM stats_daily_dimension WHERE human AND dimension = 'browser'
                                      GROUP BY value ORDER BY sum(visits) DESC LIMIT 3) top
                WHERE value IN ('Chrome', 'Cốc Cốc', 'Safari')""")).isEqualTo(3);
        assertThat(count("SELECT count(DISTINCT item_id) FROM stats_daily_item WHERE kind = 'article'")).isBetween(50L, 400L);
        assertThat(count("SELECT count(DISTINCT item_id) FROM stats_daily_item WHERE kind = 'document'")).isPositive();
    }

    @Test
    void storedPathsPointAtWrittenFiles() {
        List<String> paths = jdbc.sql("""
                        SELECT image_path FROM article WHERE image_path IS NOT NULL
                        UNION SELECT path FROM article_attachment
                        UNION SELECT file_path FROM media_item WHERE file_path IS NOT NULL
                        UNION SELECT image_path FROM link_banner""")
                .query(String.class).list();
        assertThat(paths).isNotEmpty().allSatisfy(p -> {
            assertThat(p).startsWith("/uploads/demo/");
            assertThat(Files.isRegularFile(uploadDir.resolve(p.substring("/uploads/".length())))).as(p).isTrue();
        });
    }

    @Test
    void secondRunDoesNothing() {
        Map<String, Long> before = counts();
        assertThat(seeder.seedIfEmpty()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
