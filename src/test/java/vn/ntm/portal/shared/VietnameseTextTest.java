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
    void foldingWithoutARegexGivesWhatTheMarkPatternGave() {
        java.util.regex.Pattern marks = java.util.regex.Pattern.compile("\\p{M}+");
        java.util.Random random = new java.util.Random(2026);
        StringBuilder alphabet = new StringBuilder("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY 0123456789-_.,'\t");
        for (char c = 0x00C0; c < 0x1F00; c++) {
            alphabet.append(c); // Latin-1, Latin extended, the combining marks themselves, Vietnamese precomposed letters
        }
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
            String expected = marks.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
            assertThat(VietnameseText.fold(t)).as(t).isEqualTo(expected);
        }
        assertThat(VietnameseText.fold("plain ascii")).isEqualTo("plain ascii");
        assertThat(VietnameseText.fold("Nguye\u0302\u0303n")).isEqualTo("Nguyen");
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
