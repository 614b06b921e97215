package vn.ntm.portal.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a real PostgreSQL from jars when {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL})
 * is not set, so that a newcomer needs nothing but a JDK. The server stops with the application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties props, Environment env) throws IOException {
        warnIfProduction(env);
        var dir = props.dir().toAbsolutePath().normalize();
        if (props.clean()) {
            FileSystemUtils.deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        StalePostmaster.clear(dir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir.toFile())
                .setCleanDataDirectory(false)
                // Spring closes the server after the last statistics flush; zonky's own JVM hook would stop it too early
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (props.port() > 0) {
            builder.setPort(props.port());
        }
        log.info("Dùng PostgreSQL nhúng, dữ liệu tại {}", dir);
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties props) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, props.database());
            if (!exists.executeQuery().next()) {
                // identifiers cannot be bound as parameters; the name is validated to be a plain word
                if (!props.database().matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("ntm.embedded-db.database must be a plain lower-case word");
                }
                c.createStatement().execute("CREATE DATABASE " + props.database() + " TEMPLATE template0 ENCODING 'UTF8'");
            }
        }
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + props.database());
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        // fail fast rather than hold up a request (or the last flush at shutdown) for 30 s
        config.setConnectionTimeout(5_000);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }

    private static void warnIfProduction(Environment env) {
        boolean production = Arrays.stream(env.getActiveProfiles())
                .anyMatch(p -> p.equalsIgnoreCase("prod") || p.equalsIgnoreCase("production"));
        if (production) {
            log.warn("""

                    ************************************************************************
                    *  CẢNH BÁO: hồ sơ production đang chạy trên PostgreSQL NHÚNG.           *
                    *  WARNING: the production profile is running on the EMBEDDED database. *
                    *  Đặt SPRING_DATASOURCE_URL tới một PostgreSQL 15+ thật để vận hành.   *
                    ************************************************************************""");
        }
    }
}
