package vn.ntm.portal.qa.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The question form's signed serving time ({@link vn.ntm.portal.web.FormStamp}): key {@code ntm.qa.form-secret}, or
 * the shared secret in {@code site_setting} under {@value #KEY}; minimum fill time {@code ntm.qa.min-fill-time}.
 */
@Component
public class FormStamp extends vn.ntm.portal.web.FormStamp {

    static final String KEY = "qa.formSecret";

    @Autowired
    FormStamp(JdbcClient jdbc, @Value("${ntm.qa.form-secret:}") String secret,
              @Value("${ntm.qa.min-fill-time:3s}") Duration minFillTime) {
        this(jdbc, KEY, secret, minFillTime);
    }

    /** With the shared secret kept under another {@code site_setting} key (tests). */
    FormStamp(JdbcClient jdbc, String settingKey, String secret, Duration minFillTime) {
        super(jdbc, "qa-form", settingKey, secret, minFillTime);
    }
}
