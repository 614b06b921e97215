package vn.ntm.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code kill -9} of the application leaves its PostgreSQL running and holding the data directory;
 * the next start must stop that orphan and come up with the committed data intact.
 */
class EmbeddedRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void nextStartRecoversAfterKillNine() throws Exception {
        Path data = dir.resolve("pg");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanPostgresMain.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait for the child to have written its row
            }
            assertThat(line).as("child JVM started PostgreSQL").isNotNull();
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, the postmaster is orphaned
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("orphan still holds the directory").isTrue();

        StalePostmaster.clear(data);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false).start();
             var c = pg.getPostgresDatabase().getConnection();
             var rs = c.createStatement().executeQuery("SELECT note FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("đã lưu trước khi bị kill -9");
        }
    }
}
