package vn.ntm.portal.demo;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.ntm.portal.demo.internal.SeedRun;

/**
 * Fills a fresh database with demo content at start. Runners run after the context is refreshed, so
 * Flyway has migrated by then; it runs first among runners so others see a complete site. Does nothing
 * when {@code ntm.demo.enabled=false} or when any category exists (the site is not fresh).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final SeedRun seedRun;

    DemoSeeder(DemoProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions,
               @Value("${ntm.upload-dir:data/uploads}") Path uploadDir) {
        this.properties = properties;
        this.seedRun = new SeedRun(jdbc, transactions, uploadDir, Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIfEmpty();
    }

    /** Seeds when enabled and the database has no category yet; returns whether it did. */
    public boolean seedIfEmpty() {
        if (!properties.enabled() || !seedRun.databaseIsEmpty()) {
            return false;
        }
        log.info("Cơ sở dữ liệu trống: đang tạo dữ liệu mẫu ({} bài viết)...", properties.articles());
        SeedRun.Result r = seedRun.run(properties.articles(), properties.documents(), properties.seed());
        if (r == null) {
            return false;
        }
        log.info("Đã tạo dữ liệu mẫu: {} bài viết, {} chuyên mục, {} văn bản, {} mục media, {} liên kết, "
                        + "{} dòng thống kê trong {} ms", r.articles(), r.categories(), r.documents(), r.mediaItems(),
                r.links(), r.statsRows(), r.millis());
        return true;
    }
}
