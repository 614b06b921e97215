package vn.ntm.portal.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pseudonym an anonymous survey keeps instead of the registration that answered it: HMAC-SHA256 of the survey
 * and the registration under a secret ({@code ntm.training.survey-secret}, or one kept in {@code site_setting} under
 * {@value #SETTING}, shared by every node). It lets one code answer once without storing who answered; the same
 * registration gives unrelated hashes in two surveys.
 */
@Component
public class SurveyKey {

    static final String SETTING = "training.surveySecret";

    private final JdbcClient jdbc;
    private volatile byte[] key;

    SurveyKey(JdbcClient jdbc, @Value("${ntm.training.survey-secret:}") String secret) {
        this.jdbc = jdbc;
        this.key = secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    public String hash(long surveyId, long registrationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("survey:" + surveyId + ":" + registrationId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] bytes = new byte[32];
                    new SecureRandom().nextBytes(bytes);
                    jdbc.sql("INSERT INTO site_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
                            .params(SETTING, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).update();
                    key = jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(SETTING).query(String.class).single()
                            .getBytes(StandardCharsets.UTF_8);
                }
                k = key;
            }
        }
        return k;
    }
}
