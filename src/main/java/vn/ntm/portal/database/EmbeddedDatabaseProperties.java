package vn.ntm.portal.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that starts when no database URL is configured.
 *
 * @param dir      where the cluster keeps its files; survives restarts
 * @param port     TCP port on 127.0.0.1, 0 for any free port
 * @param database database created inside the cluster for the portal
 * @param clean    wipe the directory at start (tests only)
 */
@ConfigurationProperties("ntm.embedded-db")
public record EmbeddedDatabaseProperties(Path dir, int port, String database, boolean clean) {

    public EmbeddedDatabaseProperties {
        if (dir == null) {
            dir = Path.of("data", "postgres");
        }
        if (database == null || database.isBlank()) {
            database = "ntmportal";
        }
    }
}
