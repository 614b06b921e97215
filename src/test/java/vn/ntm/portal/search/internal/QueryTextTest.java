package vn.ntm.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How typed text becomes words and phrases: folded and exact, syntax characters as plain text. */
class QueryTextTest {

    @Test
    void wordsAreFoldedAndKeptExact() {
        QueryText q = QueryText.parse("Nông thôn MỚI Đảng");
        assertThat(q.clauses()).extracting(QueryText.Clause::folded)
                .containsExactly(List.of("nong"), List.of("thon"), List.of("moi"), List.of("dang"));
        assertThat(q.clauses()).extracting(QueryText.Clause::exact)
                .containsExactly(List.of("nông"), List.of("thôn"), List.of("mới"), List.of("đảng"));
    }

    @Test
    void decomposedInputGivesTheSameClausesAsComposed() {
        String nfd = Normalizer.normalize("nông thôn mới", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("nông thôn mới");
        assertThat(QueryText.parse(nfd).clauses()).isEqualTo(QueryText.parse("nông thôn mới").clauses());
    }

    @Test
    void quotedTextIsAPhraseAndAnUnbalancedQuoteLeavesWords() {
        QueryText q = QueryText.parse("xã \"nông thôn mới\" 2025 \"kiểu mẫu");
        assertThat(q.clauses()).extracting(QueryText.Clause::folded).containsExactly(
                List.of("xa"), List.of("nong", "thon", "moi"), List.of("2025"), List.of("kieu"), List.of("mau"));
        assertThat(q.clauses().get(1).phrase()).isTrue();
    }

    @Test
    void syntaxCharactersAreNotOperators() {
        QueryText q = QueryText.parse("*?~^\"()[]{}:\\/!+-&&|| ' OR 1=1 --");
        assertThat(q.clauses()).extracting(QueryText.Clause::folded).containsExactly(List.of("or"), List.of("1"));
        assertThat(QueryText.parse("*?~^()[]{}:\\/!+-&&||").empty()).isTrue();
    }

    @Test
    void longInputIsCutAndWordsAreCapped() {
        QueryText q = QueryText.parse("a ".repeat(5_000));
        assertThat(q.cut()).isTrue();
        assertThat(q.text()).hasSizeLessThanOrEqualTo(QueryText.MAX_LENGTH);
        QueryText many = QueryText.parse("một hai ba bốn năm sáu bảy tám chín mười mười_một mười_hai mười_ba mười_bốn");
        assertThat(many.clauses()).hasSize(QueryText.MAX_CLAUSES);
        assertThat(many.tooManyWords()).isTrue();
    }
}
