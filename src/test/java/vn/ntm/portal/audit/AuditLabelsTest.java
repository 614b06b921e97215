package vn.ntm.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditLabelsTest {

    @Test
    void knownCodesReadInVietnameseAndUnknownOnesStayVisible() {
        assertThat(AuditLabels.action("sign-in")).isEqualTo("Đăng nhập");
        assertThat(AuditLabels.action("ARTICLE_PUBLISH")).isEqualTo("Đăng bài");
        assertThat(AuditLabels.entity("article")).isEqualTo("bài viết");
        assertThat(AuditLabels.action("something.new")).isEqualTo("something.new");
    }

    /** Every literal action code recorded anywhere in the sources has a Vietnamese label. */
    @Test
    void everyRecordedLiteralCodeHasALabel() throws Exception {
        Pattern call = Pattern.compile("\\.record\\(\"([A-Za-z_.-]+)\",");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    var m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        assertThat(AuditLabels.action(m.group(1))).as("label for %s in %s", m.group(1), f).isNotEqualTo(m.group(1));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
