package vn.ntm.portal.news.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word-level differences between versions, escaped. */
class VersionDiffTest {

    @Test
    void changedWordsAreMarkedAndTextIsEscaped() {
        var before = version("Tiêu đề cũ", "<p>Xã đạt chuẩn nông thôn mới.</p><p>Giữ nguyên &lt;b&gt;</p>");
        var after = version("Tiêu đề mới", "<p>Xã đạt chuẩn nông thôn mới nâng cao.</p><p>Giữ nguyên &lt;b&gt;</p>");
        String html = VersionDiff.html(VersionDiff.text(before), VersionDiff.text(after));
        assertThat(html).contains("<del>cũ</del>", "<ins>mới</ins>", "<ins> nâng cao</ins>");
        assertThat(html).contains("Giữ nguyên &lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void markupInTheBodyIsComparedAsText() {
        assertThat(VersionDiff.bodyText("<p>Một <b>hai</b></p><ul><li>ba</li></ul><script>x</script>"))
                .isEqualTo("Một hai\nba");
    }

    private static ArticleVersion version(String title, String body) {
        return new ArticleVersion(1, 1, title, "Sa pô", body, ArticleStatus.DRAFT, "u", "U", null, "");
    }
}
