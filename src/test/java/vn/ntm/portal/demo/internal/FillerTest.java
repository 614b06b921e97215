package vn.ntm.portal.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FillerTest {

    @Test
    void everyTemplateFillsCompletely() {
        Random r = new Random(1);
        Map<String, String> context = StoryContext.create(Samples.WORDS, r, LocalDate.of(2024, 5, 6));
        Filler filler = new Filler(context, r);
        List<String> all = new ArrayList<>();
        for (Topic t : Samples.BOOK.topics()) {
            all.addAll(t.titles());
            all.addAll(t.leads());
            all.addAll(t.openings());
            all.addAll(t.paragraphs());
            all.addAll(t.closings());
            assertThat(Samples.WORDS.list("tags")).as("tags of " + t.key()).containsAll(t.tags());
        }
        all.addAll(Samples.BOOK.commonParagraphs());
        all.addAll(Samples.BOOK.commonClosings());
        for (String theme : ImageCatalog.THEMES) {
            all.addAll(Samples.BOOK.captions(theme));
            all.addAll(Samples.BOOK.alts(theme));
        }
        for (String template : all) {
            assertThat(filler.fill(template)).doesNotContain("{", "}");
        }
    }

    @Test
    void sentencesStartWithCapitals() {
        Filler filler = new Filler(Map.of("ongba", "ông", "sp", "bưởi Phúc Trạch"), new Random(1));
        assertThat(filler.fill("{sp} vào mùa. {ongba} Tâm nói: “{sp} ngon”, rồi đi “tế bào” nhỏ."))
                .isEqualTo("Bưởi Phúc Trạch vào mùa. Ông Tâm nói: “Bưởi Phúc Trạch ngon”, rồi đi “tế bào” nhỏ.");
    }

    @Test
    void unknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> new Filler(Map.of(), new Random(1)).fill("{khong_co}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void departmentNameFollowsTheMerger() {
        assertThat(StoryContext.create(Samples.WORDS, new Random(1), LocalDate.of(2024, 12, 31)).get("so_nn"))
                .isEqualTo("Sở Nông nghiệp và PTNT");
        assertThat(StoryContext.create(Samples.WORDS, new Random(1), LocalDate.of(2025, 3, 1)).get("so_nn"))
                .isEqualTo("Sở Nông nghiệp và Môi trường");
    }
}
