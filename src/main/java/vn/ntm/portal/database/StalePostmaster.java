package vn.ntm.portal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the application, its embedded PostgreSQL keeps running as an orphan
 * and holds the data directory. Before starting a new server we stop that orphan (fast shutdown, so
 * committed data is safe) or, if the process is gone, remove the stale {@code postmaster.pid}.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive() && isPostgresOf(process.get(), dataDir)) {
            log.warn("Một tiến trình PostgreSQL cũ (pid {}) vẫn giữ thư mục dữ liệu {}; đang dừng nó trước khi khởi động.",
                    process.get().pid(), dataDir);
            stop(process.get());
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(dataDir.toAbsolutePath().normalize().toString());
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux): trust the command name alone
            return process.info().command().map(c -> c.contains("postgres")).orElse(false);
        }
    }

    private static void stop(ProcessHandle process) {
        // SIGINT would be a fast shutdown, but ProcessHandle only offers SIGTERM (smart shutdown);
        // an orphan has no clients left, so smart shutdown finishes promptly.
        process.destroy();
        try {
            process.onExit().get(SHUTDOWN_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL cũ không dừng sau {} giây; buộc dừng.", SHUTDOWN_WAIT.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
