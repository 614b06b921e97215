package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void removesScriptsAndEventHandlersButKeepsFiguresAndLinks() {
        String dirty = "<p onclick=\"steal()\">Chào <script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"
                + "<a href=\"https://baohatinh.vn/a\">nguồn</a></p>"
                + "<figure><img src=\"/uploads/a.jpg\" alt=\"Cánh đồng\" onerror=\"x()\"><figcaption>Chú thích</figcaption></figure>"
                + "<iframe src=\"https://evil.example\"></iframe>";
        String clean = SafeHtml.sanitize(dirty);
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "javascript:", "iframe");
        assertThat(clean).contains("<figure>", "<figcaption>Chú thích</figcaption>", "alt=\"Cánh đồng\"", "src=\"/uploads/a.jpg\"",
                "href=\"https://baohatinh.vn/a\"");
    }

    @Test
    void plainTextDropsTagsDecodesEntitiesAndSkipsScripts() {
        assertThat(SafeHtml.plainText("<h2>Chức năng</h2><p>Tham mưu &amp; <strong>tổ chức</strong>&nbsp;thực hiện.</p>"
                + "<script>alert('x')</script><style>p{}</style><ul><li>Một</li><li>Hai</li></ul>"))
                .isEqualTo("Chức năng Tham mưu & tổ chức thực hiện. Một Hai");
        assertThat(SafeHtml.plainText(null)).isEmpty();
        assertThat(SafeHtml.plainText("<p>a&lt;b&gt;</p>")).isEqualTo("a<b>");
    }

    @Test
    void jsonQuoteCannotCloseAScriptElement() {
        assertThat(Json.quote("</script><b>\"x\"")).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\"");
    }
}
