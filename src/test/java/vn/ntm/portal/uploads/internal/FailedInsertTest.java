package vn.ntm.portal.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import vn.ntm.portal.uploads.Samples;

/** When the database refuses the row, the files written for it are removed: no half-stored upload. */
class FailedInsertTest {

    @TempDir
    Path dir;

    @Test
    void filesAreRemovedWhenTheRowCannotBeWritten() throws Exception {
        UploadRepository failing = new UploadRepository(null) {
            @Override
            Optional<UploadRow> bySha(String kind, String sha256) {
                return Optional.empty();
            }

            @Override
            Optional<Long> insert(UploadRow row) {
                assertThat(Files.exists(dir.resolve(row.path()))).as("files are written before the row").isTrue();
                throw new DataAccessResourceFailureException("database down");
            }
        };
        var service = new UploadsService(failing, new UploadsProperties(null, null), dir);

        assertThatThrownBy(() -> service.storeImage("a.jpg", new ByteArrayInputStream(Samples.jpeg(400, 300)), "Ảnh", "editor"))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThatThrownBy(() -> service.storeDocument("a.pdf", new ByteArrayInputStream(Samples.pdf()), "editor"))
                .isInstanceOf(DataAccessResourceFailureException.class);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
