package vn.ntm.portal.news.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain-text fields and the body are cleaned before anything is stored. */
class ArticleInputTest {

    @Test
    void titleIsNfcTrimmedOneLineAndCut() {
        String decomposed = "  Nông thôn mới\n\tĐồng Tháp  ";
        decomposed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFD);
        ArticleInput in = new ArticleInput(decomposed, "x".repeat(2000), "", 1, "", null, null).clean();
        assertThat(in.title()).isEqualTo("Nông thôn mới Đồng Tháp");
        assertThat(java.text.Normalizer.isNormalized(in.title(), java.text.Normalizer.Form.NFC)).isTrue();
        assertThat(in.lead()).hasSize(ArticleInput.LEAD_MAX);
        assertThat(in.expiryAction()).isEqualTo(ExpiryAction.ARCHIVE);
    }

    @Test
    void xssPayloadsLeaveNothingActive() {
        String body = """
                <p>Đoạn văn <b>đậm</b></p><script>alert(1)</script>
                <img src="/uploads/a.jpg" alt="Ảnh" onerror="alert(2)">
                <a href="javascript:alert(3)">bấm</a><a href="https://example.vn/x">ok</a>
                <svg onload="alert(4)"><circle r="1"/></svg>
                <iframe src="https://evil.example/"></iframe>
                <figure><img src="/uploads/b.jpg" alt="Cánh đồng"><figcaption>Chú thích</figcaption></figure>
                <p style="background:url(javascript:alert(5))" onclick="alert(6)">x</p>""";
        String clean = new ArticleInput("T", "", body, 1, "", null, null).clean().bodyHtml();
        assertThat(clean.toLowerCase()).doesNotContain("<script", "alert", "onerror", "javascript:", "<svg", "onload",
                "<iframe", "style=", "onclick");
        assertThat(clean).contains("<b>đậm</b>", "<img src=\"/uploads/a.jpg\" alt=\"Ảnh\" />", "https://example.vn/x",
                "<figure><img src=\"/uploads/b.jpg\" alt=\"Cánh đồng\" /><figcaption>Chú thích</figcaption></figure>");
    }
}
