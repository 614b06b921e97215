package vn.ntm.portal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;

/** Run in a child JVM by {@link EmbeddedRecoveryTest}: starts PostgreSQL, writes a row, then waits to be killed. */
public final class OrphanPostgresMain {

    private OrphanPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(new File(args[0])).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS survivor (note text)");
            s.execute("INSERT INTO survivor VALUES ('đã lưu trước khi bị kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
