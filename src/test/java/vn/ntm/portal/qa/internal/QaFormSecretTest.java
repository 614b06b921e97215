package vn.ntm.portal.qa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The question form's signing key is shared by every node through {@code site_setting}: a second signer
 * built from the same row (as another node would build it) accepts what the first signed; a signer reading
 * another row does not; {@code ntm.qa.form-secret}, when set, wins over the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QaFormSecretTest {

    private static final Duration MIN = Duration.ofSeconds(3);

    @Autowired
    FormStamp stamps;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherNodeReadingTheSameRowAcceptsTheForm() {
        String stamp = stamps.issue(Instant.now().minusSeconds(60));
        String stored = jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(FormStamp.KEY).query(String.class).single();
        assertThat(stored).as("the generated secret is kept in the database").hasSizeGreaterThanOrEqualTo(40);

        FormStamp otherNode = new FormStamp(jdbc, FormStamp.KEY, "", MIN);
        assertThat(otherNode.check(stamp)).isEqualTo(FormStamp.Verdict.OK);
        assertThat(otherNode.check(otherNode.issue(Instant.now()))).as("still too fast on the other node")
                .isEqualTo(FormStamp.Verdict.TOO_FAST);
        assertThat(stamps.check(otherNode.issue(Instant.now().minusSeconds(60)))).as("and back").isEqualTo(FormStamp.Verdict.OK);
        assertThat(jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(FormStamp.KEY).query(String.class).single())
                .as("nobody replaced the secret").isEqualTo(stored);
    }

    @Test
    void aSignerWithAnotherRowRefusesTheForm() {
        String otherKey = "qa.formSecret.test" + System.nanoTime();
        try {
            FormStamp elsewhere = new FormStamp(jdbc, otherKey, "", MIN);
            String stamp = elsewhere.issue(Instant.now().minusSeconds(60));
            assertThat(jdbc.sql("SELECT count(*) FROM site_setting WHERE key = ?").param(otherKey).query(Long.class).single())
                    .as("a new row was created for it").isEqualTo(1);
            assertThat(elsewhere.check(stamp)).isEqualTo(FormStamp.Verdict.OK);
            assertThat(stamps.check(stamp)).isEqualTo(FormStamp.Verdict.INVALID);
            assertThat(elsewhere.check(stamps.issue(Instant.now().minusSeconds(60)))).isEqualTo(FormStamp.Verdict.INVALID);
        } finally {
            jdbc.sql("DELETE FROM site_setting WHERE key = ?").param(otherKey).update();
        }
    }

    @Test
    void theConfiguredSecretWinsOverTheRow() {
        FormStamp configured = new FormStamp(jdbc, FormStamp.KEY, "mot-bi-mat-duoc-cau-hinh", MIN);
        FormStamp sameConfig = new FormStamp(jdbc, FormStamp.KEY, "mot-bi-mat-duoc-cau-hinh", MIN);
        String stamp = configured.issue(Instant.now().minusSeconds(60));
        assertThat(sameConfig.check(stamp)).isEqualTo(FormStamp.Verdict.OK);
        assertThat(stamps.check(stamp)).as("the row's secret is not the configured one").isEqualTo(FormStamp.Verdict.INVALID);
    }
}
