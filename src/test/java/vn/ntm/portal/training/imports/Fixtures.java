package vn.ntm.portal.training.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;

/** The fixture files under {@code src/test/resources/training/imports/}, written for this project. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/training/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult parse(String name) {
        return ReportImports.parse(name, bytes(name), ImportOptions.defaults());
    }

    /** A Vietnam local time as an instant. */
    static Instant vn(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ImportOptions.VIETNAM).toInstant();
    }

    static Instant vn(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(ImportOptions.VIETNAM).toInstant();
    }
}
