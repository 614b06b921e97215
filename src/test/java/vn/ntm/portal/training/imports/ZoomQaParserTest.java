package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZoomQaParserTest {

    @Test
    void readsQuestionsAskersAndEveryAnswer() {
        ImportResult result = Fixtures.parse("zoom-webinar-qa.csv");
        assertThat(result).isInstanceOf(ZoomQaReport.class);
        ZoomQaReport r = (ZoomQaReport) result;
        assertThat(r.errors()).isEmpty();
        assertThat(r.topic()).isEqualTo("Tập huấn OCOP - Buổi 8");
        assertThat(r.webinarId()).isEqualTo("845 1234 5678");
        assertThat(r.questions()).hasSize(3);
        QaQuestion q1 = r.questions().get(0);
        assertThat(q1.row()).isEqualTo(7);
        assertThat(q1.number()).isEqualTo(1);
        assertThat(q1.question()).isEqualTo("Sản phẩm OCOP 3 sao cần những hồ sơ gì?");
        assertThat(q1.askerName()).isEqualTo("Nguyễn Văn An");
        assertThat(q1.askerEmail()).isEqualTo("an.nguyen@example.vn");
        assertThat(q1.answers()).containsExactly("Cần phiếu đăng ký, phương án sản xuất kinh doanh và câu chuyện sản phẩm.",
                "Xem thêm Quyết định 148/QĐ-TTg.");
        assertThat(r.questions().get(1).askerEmail()).isNull();
        assertThat(r.questions().get(1).answers()).containsExactly("Answered live");
        assertThat(r.questions().get(2).answers()).isEmpty();
    }

    @Test
    void aQuestionlessRowIsAnError() {
        String csv = "Question Details\n#,Question,Asker Name,Asker Email,Answer(s)\n1,,An,a@x.vn,\n";
        ImportResult r = ReportImports.parse("qa.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
        assertThat(r.kind()).isEqualTo(ReportKind.ZOOM_QA);
        assertThat(r.errors()).extracting(ImportError::message).containsExactly("Dòng 3: thiếu nội dung câu hỏi.");
    }
}
