package vn.ntm.portal.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Uploaded names are metadata only, and stored names can only be content hashes inside the upload directory. */
class NamesTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void originalNamesKeepOnlyTheirLastSegmentCleaned() {
        assertThat(OriginalName.of("../../etc/passwd.jpg")).isEqualTo("passwd.jpg");
        assertThat(OriginalName.of("..\\x.png")).isEqualTo("x.png");
        assertThat(OriginalName.of("C:\\Users\\a\\Ảnh.jpg")).isEqualTo("Ảnh.jpg");
        assertThat(OriginalName.of("..")).isEmpty();
        assertThat(OriginalName.of("a\u0000b\r\n.jpg")).isEqualTo("ab.jpg");
        assertThat(OriginalName.of("Ha\u0300 Ti\u0303nh.jpg")).isEqualTo("Hà Tĩnh.jpg");
        assertThat(OriginalName.of("x".repeat(500))).hasSize(200);
        assertThat(OriginalName.of(null)).isEmpty();
    }

    @Test
    void storedNamesAreShardedContentHashes() {
        assertThat(FileStore.relativePath("images", SHA, "-160x90", "jpg")).isEqualTo("images/ab/ab/" + SHA + "-160x90.jpg");
        assertThatThrownBy(() -> FileStore.relativePath("images", "../../etc/passwd", "", "jpg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileStore.relativePath("images", SHA, "/../x", "jpg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileStore.relativePath("images", SHA, "", "php/..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileStore(Path.of("target/x")).resolve("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
