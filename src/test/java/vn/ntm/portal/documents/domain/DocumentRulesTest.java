package vn.ntm.portal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validity from the dates, the date rules, and the rules and wording of links between documents. */
class DocumentRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2024, 4, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2025, 12, 31);

    private static LegalDocument doc(LocalDate effective, LocalDate expires) {
        return new LegalDocument(1, "quyet-dinh-15", "15/2024/QĐ-UBND", 2, "Quyết định", "", "Trích yếu", "UBND tỉnh", "", "",
                ISSUED, effective, expires, 0, 0, true);
    }

    @Test
    void validityFollowsTheDates() {
        LegalDocument d = doc(EFFECTIVE, EXPIRES);
        assertThat(d.validity(ISSUED)).isEqualTo("Chưa có hiệu lực");
        assertThat(d.validity(EFFECTIVE.minusDays(1))).isEqualTo("Chưa có hiệu lực");
        assertThat(d.validity(EFFECTIVE)).as("in force on the effective day").isEqualTo("Còn hiệu lực");
        assertThat(d.validity(EXPIRES.minusDays(1))).isEqualTo("Còn hiệu lực");
        assertThat(d.validity(EXPIRES)).as("expired on the expiry day").isEqualTo("Hết hiệu lực");
        assertThat(d.validityOn(EXPIRES.plusYears(3))).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void withoutDatesADocumentIsInForceFromItsIssue() {
        LegalDocument d = doc(null, null);
        assertThat(d.validity(ISSUED)).isEqualTo("Còn hiệu lực");
        assertThat(d.validity(ISSUED.plusYears(30))).isEqualTo("Còn hiệu lực");
        assertThat(doc(null, EXPIRES).validity(EXPIRES)).isEqualTo("Hết hiệu lực");
        assertThat(doc(EFFECTIVE, null).validityOn(ISSUED)).isEqualTo(Validity.NOT_YET);
    }

    @Test
    void datesMustRunIssueThenEffectiveThenExpiry() {
        assertThat(DocumentDates.problems(ISSUED, EFFECTIVE, EXPIRES)).isEmpty();
        assertThat(DocumentDates.problems(ISSUED, ISSUED, null)).as("effective on the issue day").isEmpty();
        assertThat(DocumentDates.problems(ISSUED, null, null)).isEmpty();
        assertThat(DocumentDates.problems(ISSUED, ISSUED.minusDays(1), null))
                .containsExactly("Ngày có hiệu lực phải bằng hoặc sau ngày ban hành.");
        assertThat(DocumentDates.problems(ISSUED, null, ISSUED)).containsExactly("Ngày hết hiệu lực phải sau ngày ban hành.");
        assertThat(DocumentDates.problems(ISSUED, EFFECTIVE, EFFECTIVE)).containsExactly("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        assertThat(DocumentDates.problems(ISSUED, EFFECTIVE, EFFECTIVE.minusDays(5))).containsExactly("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        assertThat(DocumentDates.problems(null, null, null)).containsExactly("Cần nhập ngày ban hành.");
    }

    @Test
    void eachLinkReadsWithTheInverseWordingFromTheOtherSide() {
        assertThat(LinkKind.REPLACES.label(true)).isEqualTo("Thay thế");
        assertThat(LinkKind.REPLACES.label(false)).isEqualTo("Bị thay thế bởi");
        assertThat(LinkKind.AMENDS.label(true)).isEqualTo("Sửa đổi");
        assertThat(LinkKind.AMENDS.label(false)).isEqualTo("Được sửa đổi bởi");
        assertThat(LinkKind.SUPPLEMENTS.label(true)).isEqualTo("Bổ sung");
        assertThat(LinkKind.SUPPLEMENTS.label(false)).isEqualTo("Được bổ sung bởi");
        assertThat(LinkKind.RELATED.label(true)).isEqualTo("Liên quan");
        assertThat(LinkKind.RELATED.label(false)).isEqualTo("Liên quan");
        assertThat(LinkKind.byCode("thay-the")).contains(LinkKind.REPLACES);
        assertThat(LinkKind.byCode("REPLACES")).isEmpty();
        LegalDocument other = doc(null, null);
        assertThat(new DocumentLink(7, LinkKind.AMENDS, false, other).label()).isEqualTo("Được sửa đổi bởi");
    }

    @Test
    void noSelfLinkNoDuplicateAndNoCycleOfReplacements() {
        List<LinkGraph.Edge> edges = List.of(new LinkGraph.Edge(1, 2, LinkKind.REPLACES), new LinkGraph.Edge(2, 3, LinkKind.REPLACES),
                new LinkGraph.Edge(3, 4, LinkKind.RELATED));
        assertThat(LinkGraph.refusal(5, 5, LinkKind.RELATED, edges)).contains("Không thể liên kết một văn bản với chính nó.");
        assertThat(LinkGraph.refusal(1, 2, LinkKind.AMENDS, edges)).contains("Hai văn bản này đã có liên kết với nhau.");
        assertThat(LinkGraph.refusal(2, 1, LinkKind.RELATED, edges)).as("either direction").contains("Hai văn bản này đã có liên kết với nhau.");
        assertThat(LinkGraph.refusal(3, 1, LinkKind.REPLACES, edges)).as("3 → 1 closes 1 → 2 → 3").get().asString().contains("vòng");
        assertThat(LinkGraph.refusal(3, 1, LinkKind.AMENDS, edges)).as("only replacements form cycles").isEmpty();
        assertThat(LinkGraph.refusal(4, 1, LinkKind.REPLACES, edges)).as("a related link is no path").isEmpty();
        assertThat(LinkGraph.refusal(1, 3, LinkKind.REPLACES, edges)).as("a shortcut is no cycle").isEmpty();
        assertThat(LinkGraph.refusal(6, 7, LinkKind.REPLACES, List.of())).isEmpty();
    }
}
