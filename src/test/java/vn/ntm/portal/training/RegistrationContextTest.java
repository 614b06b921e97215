package vn.ntm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.training.TrainingFixtures.Fixture;
import vn.ntm.portal.training.domain.Topic;
import vn.ntm.portal.training.internal.ProgrammeAdmin;
import vn.ntm.portal.training.internal.TrainingStore;

/**
 * The registration form's context (programme, custom questions, topics) is kept a few seconds per node for bursts of
 * registrations; a change made in the back office is seen by the very next registration on the node.
 */
@SpringBootTest
class RegistrationContextTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingStore store;
    @Autowired
    ProgrammeAdmin admin;

    @Test
    void backOfficeChangesAreSeenAtOnceAndOtherWritesWithinTheKeptSeconds() throws Exception {
        Fixture f = new TrainingFixtures(jdbc).open("Ngữ cảnh đăng ký");
        TrainingStore.RegistrationContext first = store.registrationContext(f.slug()).orElseThrow();
        assertThat(first.topics()).extracting(Topic::id).containsExactlyElementsOf(f.topics());
        assertThat(first.questions()).isEmpty();

        // a topic added in the back office: the next read has it
        admin.save(first.programme(), "chuyen-de", null,
                new ProgrammeAdmin.Form(Map.of("number", "3", "title", "Chuyên đề mới thêm"), Map.of()), null);
        assertThat(store.registrationContext(f.slug()).orElseThrow().topics()).extracting(Topic::title).contains("Chuyên đề mới thêm");

        // a write outside the back office (straight into the table) is seen after the kept seconds at the latest
        jdbc.sql("UPDATE training_topic SET title = 'Đổi thẳng trong bảng' WHERE id = ?").param(f.topics().get(0)).update();
        List<String> titles = store.registrationContext(f.slug()).orElseThrow().topics().stream().map(Topic::title).toList();
        assertThat(titles).contains("Chuyên đề thử 1");
        Thread.sleep(2_100);
        assertThat(store.registrationContext(f.slug()).orElseThrow().topics()).extracting(Topic::title).contains("Đổi thẳng trong bảng");

        assertThat(store.registrationContext("khong-co-chuong-trinh-nay")).isEmpty();
    }
}
