package vn.ntm.portal.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo text is our own: distinctive sentences of the reference page appear neither in templates nor output. */
class OriginalTextTest {

    // three short sentences of the reference page (shared/reference/seed-page.txt), kept only to prove absence
    private static final List<String> REFERENCE_SENTENCES = List.of(
            "Chương trình OCOP vẫn tồn tại những bất cập về cơ chế, chính sách.",
            "Ngày 13/10, Lễ Bế mạc Chuỗi tập huấn Chương trình Mỗi xã một sản phẩm (OCOP) năm 2021 đã diễn ra theo hình thức trực tuyến.",
            "Chuỗi tập huấn Chương trình OCOP năm 2021 có hơn 3.000 người đăng ký.");

    /** Shorter fragments of the same page: not even these may be reused. */
    private static final List<String> REFERENCE_FRAGMENTS = List.of(
            "bất cập về cơ chế", "Chuỗi tập huấn", "Saemaul Undong", "lượt học viên", "phản hồi tích cực",
            "tăng cường lãnh đạo, chỉ đạo thực hiện Chương trình OCOP", "Giao hướng dẫn thành lập",
            "bộ phận giúp việc BCĐ", "phấn đấu hoàn thành mục tiêu xây dựng nông thôn mới năm 2024",
            "Sửa đổi một số tiêu chí, chỉ tiêu");

    @Test
    void generatedArticlesDoNotReuseReferenceText() {
        for (DemoArticle a : Samples.articles(7, 1_000)) {
            String all = a.title() + "\n" + a.lead() + "\n" + a.bodyHtml();
            assertThat(all).doesNotContain(REFERENCE_SENTENCES.toArray(String[]::new));
            assertThat(all).doesNotContain(REFERENCE_FRAGMENTS.toArray(String[]::new));
        }
    }

    @Test
    void generatedDocumentsDoNotReuseReferenceText() {
        var docs = new DocumentGenerator(Samples.WORDS, java.util.Map.of(), 3).generate(300, java.time.LocalDate.of(2026, 1, 5));
        for (DemoDocument d : docs) {
            assertThat(d.abstractText()).doesNotContain(REFERENCE_FRAGMENTS.toArray(String[]::new));
        }
    }

    @Test
    void templateFilesDoNotReuseReferenceText() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String key : CategoryPlan.topicKeys()) {
            all.append(resource("demo/topics/" + key + ".txt"));
        }
        all.append(resource("demo/common.txt")).append(resource("demo/documents.txt")).append(resource("demo/words.txt"));
        assertThat(all.toString()).doesNotContain(REFERENCE_SENTENCES.toArray(String[]::new))
                .doesNotContain(REFERENCE_FRAGMENTS.toArray(String[]::new));
    }

    private static String resource(String name) throws IOException {
        try (var in = OriginalTextTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
