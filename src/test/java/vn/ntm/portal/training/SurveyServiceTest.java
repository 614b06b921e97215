package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.training.SurveyFixtures.Reg;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.Survey;
import vn.ntm.portal.training.domain.SurveyItem;
import vn.ntm.portal.training.internal.SurveyKey;
import vn.ntm.portal.training.internal.SurveyService;
import vn.ntm.portal.training.internal.SurveyStore;
import vn.ntm.portal.training.internal.TrainingStore;
import vn.ntm.portal.web.UserInputException;

/** Survey responses: checks per item type, required items, identified and anonymous storage, duplicates, "positive". */
@SpringBootTest
class SurveyServiceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyService service;
    @Autowired
    SurveyStore surveys;
    @Autowired
    TrainingStore store;
    @Autowired
    SurveyKey key;

    private record Setup(long programme, Survey survey, List<SurveyItem> items, long overall, long nps, long single, long multi, long number,
                         long text) {
    }

    private Setup setup(boolean anonymous) {
        long programme = new TrainingFixtures(jdbc).open("Khảo sát thử").id();
        SurveyFixtures f = new SurveyFixtures(jdbc);
        long sid = f.survey(programme, anonymous, "OPEN", "PROGRAMME", null);
        long overall = f.item(sid, 1, "RATING", "Đánh giá chung", List.of(), true, true);
        long nps = f.item(sid, 2, "NPS", "Bạn có giới thiệu khóa học?", List.of(), false, false);
        long single = f.item(sid, 3, "SINGLE", "Kênh đã dùng", List.of("Zoom", "YouTube"), false, false);
        long multi = f.item(sid, 4, "MULTI", "Chuyên đề bổ ích", List.of("Một", "Hai", "Ba"), false, false);
        long number = f.item(sid, 5, "NUMBER", "Số giờ tự học", List.of(), false, false);
        long text = f.item(sid, 6, "TEXT", "Góp ý", List.of(), false, false);
        Survey s = surveys.survey(programme, sid).orElseThrow();
        return new Setup(programme, s, surveys.items(sid), overall, nps, single, multi, number, text);
    }

    private static Map<String, String[]> form(Object... pairs) {
        Map<String, String[]> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put("q" + pairs[i], v instanceof String[] a ? a : new String[] {String.valueOf(v)});
        }
        return m;
    }

    private Registration registration(long programme, Reg r) {
        return store.registration(programme, r.id()).orElseThrow();
    }

    @Test
    void eachTypeIsCheckedWithAVietnameseMessage() {
        Setup s = setup(false);
        List<String> errors = new ArrayList<>();
        SurveyService.check(s.items(), form(s.overall(), "6", s.nps(), "11", s.single(), "3", s.multi(), new String[] {"1", "9"},
                s.number(), "nhiều", s.text(), "x".repeat(4001)), errors);
        assertThat(errors).containsExactly(
                "Câu hỏi “Đánh giá chung”: vui lòng chọn một điểm từ 1 đến 5.",
                "Câu hỏi “Bạn có giới thiệu khóa học?”: vui lòng chọn một điểm từ 0 đến 10.",
                "Câu hỏi “Kênh đã dùng”: phương án đã chọn không có trong danh sách.",
                "Câu hỏi “Chuyên đề bổ ích”: phương án đã chọn không có trong danh sách.",
                "Câu hỏi “Số giờ tự học”: vui lòng nhập một số (tối đa 2 chữ số thập phân).",
                "Câu hỏi “Góp ý”: câu trả lời dài quá 4.000 ký tự.");
        errors.clear();
        SurveyService.check(s.items(), form(s.single(), new String[] {"1", "2"}), errors);
        assertThat(errors).containsExactly("Vui lòng trả lời câu hỏi “Đánh giá chung”.", "Câu hỏi “Kênh đã dùng” chỉ nhận một câu trả lời.");
        errors.clear();
        List<SurveyService.Given> ok = SurveyService.check(s.items(), form(s.overall(), "4", s.nps(), "0", s.multi(), new String[] {"3", "1", "3"},
                s.number(), "2,5", s.text(), "  Hay  "), errors);
        assertThat(errors).isEmpty();
        assertThat(ok).hasSize(5);
        assertThat(ok.get(2).choices()).containsExactly(3, 1);
        assertThat(ok.get(3).number()).isEqualByComparingTo("2.5");
        assertThat(ok.get(4).text()).isEqualTo("Hay");
    }

    @Test
    void anIdentifiedResponseKeepsTheRegistrationAndItsCategoryAndASecondIsRefusedLeavingNothing() {
        Setup s = setup(false);
        Reg reg = new SurveyFixtures(jdbc).registration(s.programme(), "OFFICIAL", "REGISTERED");
        List<String> errors = new ArrayList<>();
        List<SurveyService.Given> answers = SurveyService.check(s.items(), form(s.overall(), "5", s.multi(), new String[] {"1", "2"}, s.text(), "Tốt"), errors);
        long id = service.submit(s.survey(), s.items(), registration(s.programme(), reg), Category.PRODUCER, answers, key.hash(s.survey().id(), reg.id()));
        Map<String, Object> row = jdbc.sql("SELECT registration_id, respondent_hash, category, positive FROM training_survey_response WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("registration_id")).isEqualTo(reg.id());
        assertThat(row.get("respondent_hash")).isNull();
        assertThat(row.get("category")).as("the registration's category, not the one passed").isEqualTo("OFFICIAL");
        assertThat(row.get("positive")).isEqualTo(true);
        assertThat(jdbc.sql("SELECT count(*) FROM training_survey_answer WHERE response_id = ?").param(id).query(Long.class).single()).isEqualTo(3);

        List<SurveyService.Given> again = SurveyService.check(s.items(), form(s.overall(), "1"), errors);
        assertThatThrownBy(() -> service.submit(s.survey(), s.items(), registration(s.programme(), reg), null, again, null))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("đã được dùng để trả lời phiếu khảo sát này");
                });
        assertThat(surveys.responseCount(s.survey().id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM training_survey_answer a JOIN training_survey_response r ON r.id = a.response_id WHERE r.survey_id = ?")
                .param(s.survey().id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anAnonymousResponseKeepsOnlyAHashAndTheCategoryGivenAndTheHashAnswersOnce() {
        Setup s = setup(true);
        Reg reg = new SurveyFixtures(jdbc).registration(s.programme(), "OFFICIAL", "REGISTERED");
        List<String> errors = new ArrayList<>();
        List<SurveyService.Given> answers = SurveyService.check(s.items(), form(s.overall(), "3"), errors);
        String hash = key.hash(s.survey().id(), reg.id());
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(reg.code().toLowerCase()).isNotEqualTo(key.hash(s.survey().id() + 1, reg.id()));
        long id = service.submit(s.survey(), s.items(), registration(s.programme(), reg), Category.PRODUCER, answers, hash);
        Map<String, Object> row = jdbc.sql("SELECT registration_id, respondent_hash, category, positive FROM training_survey_response WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("registration_id")).isNull();
        assertThat(row.get("respondent_hash")).isEqualTo(hash);
        assertThat(row.get("category")).isEqualTo("PRODUCER");
        assertThat(row.get("positive")).as("3 is under the default threshold 4").isEqualTo(false);
        assertThatThrownBy(() -> service.submit(s.survey(), s.items(), registration(s.programme(), reg), null, answers, hash))
                .isInstanceOf(UserInputException.class);
        // without a code, anyone may answer an anonymous survey
        service.submit(s.survey(), s.items(), null, null, answers, null);
        service.submit(s.survey(), s.items(), null, Category.OTHER, answers, null);
        assertThat(surveys.responseCount(s.survey().id())).isEqualTo(3);
        assertThat(surveys.offers(s.programme(), reg.id(), key, java.time.Instant.now())).singleElement()
                .satisfies(o -> assertThat(o.answered()).isTrue());
    }

    @Test
    void concurrentIdenticalSubmissionsEndAsOneRowAndTheOthersAreRefused() throws Exception {
        Setup s = setup(false);
        Reg reg = new SurveyFixtures(jdbc).registration(s.programme(), "PRODUCER", "REGISTERED");
        Registration r = registration(s.programme(), reg);
        List<SurveyService.Given> answers = SurveyService.check(s.items(), form(s.overall(), "4", s.text(), "Một lần thôi"), new ArrayList<>());
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    service.submit(s.survey(), s.items(), r, null, answers, null);
                    return "stored";
                } catch (UserInputException e) {
                    return "refused " + e.status();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("stored").filteredOn(o -> !o.equals("stored")).containsOnly("refused 409");
        assertThat(surveys.responseCount(s.survey().id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM training_survey_answer a JOIN training_survey_response r ON r.id = a.response_id WHERE r.survey_id = ?")
                .param(s.survey().id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theThresholdAndTheMarkerReMarkStoredResponsesAndTheFeedbackFiguresFollow() {
        Setup s = setup(true);
        for (String v : new String[] {"5", "4", "3", "2"}) {
            service.submit(s.survey(), s.items(), null, null, SurveyService.check(s.items(), form(s.overall(), v, s.nps(), "9"), new ArrayList<>()), null);
        }
        assertThat(surveys.feedback(s.programme())).isEqualTo(new SurveyStore.Feedback(2, 4));
        service.setPositiveMinRating(s.programme(), 3);
        assertThat(surveys.feedback(s.programme())).isEqualTo(new SurveyStore.Feedback(3, 4));
        assertThatThrownBy(() -> service.setPositiveMinRating(s.programme(), 6)).isInstanceOf(UserInputException.class);
        assertThat(surveys.positiveMinRating(s.programme())).isEqualTo(3);
        // taking the marker off the overall rating leaves no positive response
        SurveyItem overall = s.items().get(0);
        service.saveItem(s.survey(), overall, new SurveyService.ItemInput(SurveyItem.Kind.RATING, overall.label(), List.of(), true, false, 1));
        assertThat(surveys.feedback(s.programme())).isEqualTo(new SurveyStore.Feedback(0, 4));
        // a type never changes once there are responses, and items are not deleted then
        assertThatThrownBy(() -> service.saveItem(s.survey(), overall, new SurveyService.ItemInput(SurveyItem.Kind.TEXT, "x", List.of(), false, false, 1)))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> service.deleteItem(s.survey(), overall)).isInstanceOf(UserInputException.class);
        assertThat(surveys.items(s.survey().id()).get(0).kind()).isEqualTo(SurveyItem.Kind.RATING);
    }

    @Test
    void theOrganisersFormsAreCheckedWithVietnameseMessages() {
        List<String> errors = new ArrayList<>();
        SurveyService.surveyInput(Map.of("title", "", "target", "buoi-999", "kirkpatrick", "5", "timing", "SOON", "opens_at", "2027-03-02T08:00",
                "closes_at", "2027-03-01T08:00"), java.util.Set.of(1L), java.util.Set.of(), java.util.Set.of(), errors);
        assertThat(errors).contains("Tiêu đề phiếu khảo sát phải có từ 1 đến 300 ký tự.", "Thời điểm đóng phải sau thời điểm mở.")
                .anyMatch(e -> e.startsWith("Vui lòng chọn phiếu khảo sát dành cho"))
                .anyMatch(e -> e.startsWith("Vui lòng chọn cấp độ đánh giá"));
        errors.clear();
        SurveyService.itemInput(Map.of("kind", "SINGLE", "label", "Kênh", "options", "Zoom\nZoom\n"), errors);
        assertThat(errors).containsExactly("Câu hỏi lựa chọn cần từ 2 đến 20 phương án khác nhau, mỗi phương án một dòng.");
        errors.clear();
        SurveyService.itemInput(Map.of("kind", "TEXT", "label", "Góp ý", "positive", "1"), errors);
        assertThat(errors).containsExactly("Chỉ câu hỏi thang điểm 1–5 mới dùng để tính ý kiến tích cực.");
    }
}
