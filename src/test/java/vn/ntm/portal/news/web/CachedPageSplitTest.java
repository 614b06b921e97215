package vn.ntm.portal.news.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CachedPageSplitTest {

    @Test
    void holesAreFilledWithTheLiveValuesInOrder() {
        String html = "<p>Lượt xem: " + CachedArticlePages.VIEWS_HOLE + "</p><input value=\"" + CachedArticlePages.CSRF_HOLE
                + "\"><footer>đã lưu</footer>";
        var page = CachedArticlePages.Page.split(html.getBytes(StandardCharsets.UTF_8));
        byte[] filled = page.fill("1.234".getBytes(StandardCharsets.UTF_8), "tok-en".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(filled, StandardCharsets.UTF_8))
                .isEqualTo("<p>Lượt xem: 1.234</p><input value=\"tok-en\"><footer>đã lưu</footer>");
        assertThat(page.length("1.234".getBytes(StandardCharsets.UTF_8), "tok-en".getBytes(StandardCharsets.UTF_8))).isEqualTo(filled.length);
    }

    @Test
    void aPageWithoutHolesIsServedAsItIs() {
        byte[] html = "<p>Không có lỗ</p>".getBytes(StandardCharsets.UTF_8);
        var page = CachedArticlePages.Page.split(html);
        assertThat(page.fill(new byte[0], new byte[0])).isEqualTo(html);
    }
}
