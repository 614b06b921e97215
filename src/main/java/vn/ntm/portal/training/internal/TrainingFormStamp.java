package vn.ntm.portal.training.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.FormStamp;

/**
 * The registration form's signed serving time ({@link FormStamp}, the Q&A form's scheme with its own key):
 * {@code ntm.training.form-secret}, or the shared secret in {@code site_setting} under {@value #KEY}; minimum fill
 * time {@code ntm.training.min-fill-time}.
 */
@Component
public class TrainingFormStamp extends FormStamp {

    static final String KEY = "training.formSecret";

    TrainingFormStamp(JdbcClient jdbc, @Value("${ntm.training.form-secret:}") String secret,
                      @Value("${ntm.training.min-fill-time:3s}") Duration minFillTime) {
        super(jdbc, "training-form", KEY, secret, minFillTime);
    }
}
