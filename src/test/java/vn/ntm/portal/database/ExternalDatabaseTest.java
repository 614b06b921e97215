package vn.ntm.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a database URL configured the portal uses that PostgreSQL and starts nothing of its own.
 * The "external" server here is one this test starts itself, on another port and directory.
 */
@SpringBootTest(properties = {"ntm.demo.articles=20"})
class ExternalDatabaseTest {

    static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("external-pg");
        external = EmbeddedPostgres.builder().setDataDirectory(dir.toFile()).setCleanDataDirectory(true).start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + external.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        external.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() throws Exception {
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getURL()).contains(":" + external.getPort() + "/postgres");
        }
        // the migrations and the demo content went into the external database
        Long articles = JdbcClient.create(external.getPostgresDatabase()).sql("SELECT count(*) FROM article").query(Long.class).single();
        assertThat(articles).isEqualTo(20);
    }
}
