package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsAndDStroke() {
        assertThat(VietnameseText.fold("Nông thôn mới Đồng Tháp đường")).isEqualTo("Nong thon moi Dong Thap duong");
    }

    @Test
    void slugIsReadableAscii() {
        assertThat(VietnameseText.slug("Hơn 100.000 lượt học viên tiếp cận Chuỗi tập huấn OCOP năm 2021"))
                .isEqualTo("hon-100-000-luot-hoc-vien-tiep-can-chuoi-tap-huan-ocop-nam-2021");
    }

    @Test
    void slugOfDecomposedTextEqualsSlugOfComposedText() {
        String composed = "Xây dựng nông thôn mới nâng cao";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(VietnameseText.slug(decomposed)).isEqualTo(VietnameseText.slug(composed)).isEqualTo("xay-dung-nong-thon-moi-nang-cao");
    }

    @Test
    void slugIsCutAtAWordAndNeverEmpty() {
        String slug = VietnameseText.slug("tiêu chí ".repeat(60));
        assertThat(slug.length()).isLessThanOrEqualTo(120);
        assertThat(slug).doesNotEndWith("-").startsWith("tieu-chi-");
        assertThat(VietnameseText.slug("!!! ???")).isEqualTo("bai-viet");
    }
}
