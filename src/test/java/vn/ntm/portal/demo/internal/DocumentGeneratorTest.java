package vn.ntm.portal.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentGeneratorTest {

    private static final Map<String, String> TYPES = Map.of("cong-van", "Công văn", "quyet-dinh", "Quyết định",
            "nghi-dinh", "Nghị định", "thong-tu", "Thông tư", "chi-thi", "Chỉ thị", "ke-hoach", "Kế hoạch",
            "thong-bao", "Thông báo", "huong-dan", "Hướng dẫn", "bao-cao", "Báo cáo", "van-ban", "Văn bản");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private final List<DemoDocument> docs = new DocumentGenerator(Samples.WORDS, TYPES, 5).generate(60, TODAY);

    @Test
    void datesObeyTheTableRules() {
        assertThat(docs).hasSize(60).allSatisfy(d -> {
            assertThat(d.issuedOn()).isBeforeOrEqualTo(TODAY).isAfter(TODAY.minusYears(5).minusDays(3));
            assertThat(d.issuedOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(d.effectiveOn()).isAfterOrEqualTo(d.issuedOn());
            if (d.expiresOn() != null) {
                assertThat(d.expiresOn()).isAfter(d.issuedOn()).isAfter(d.effectiveOn());
            }
        });
        assertThat(docs).anyMatch(d -> d.expiresOn() != null);
        assertThat(docs.get(docs.size() - 1).issuedOn()).isAfter(TODAY.minusDays(60));
    }

    @Test
    void numbersAndSlugsAreUniqueAndLookOfficial() {
        assertThat(docs).extracting(DemoDocument::numberSymbol).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\d+/(\\d{4}/)?[A-ZĐ]+(-[A-ZĐ0-9]+)+"));
        assertThat(docs).extracting(DemoDocument::slug).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9-]+"));
        assertThat(docs).extracting(DemoDocument::typeCode).contains("cong-van", "quyet-dinh", "ke-hoach");
        DemoDocument first = docs.get(0);
        assertThat(first.slug()).startsWith(vn.ntm.portal.shared.VietnameseText.slug(TYPES.get(first.typeCode())));
    }

    @Test
    void textIsCompleteVietnamese() {
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.abstractText()).doesNotContain("{").isNotBlank();
            assertThat(Normalizer.isNormalized(d.abstractText() + d.fullText() + d.issuingBody(), Normalizer.Form.NFC)).isTrue();
            assertThat(d.signerName()).contains(" ");
            assertThat(d.signerPosition()).isNotBlank();
        });
        // the ministry's and department's names follow the 2025 merger
        assertThat(docs).filteredOn(d -> d.issuedOn().isBefore(LocalDate.of(2025, 3, 1)))
                .noneMatch(d -> d.issuingBody().contains("và Môi trường"));
    }
}
