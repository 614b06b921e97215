package vn.ntm.portal.accounts.internal;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.ntm.portal.accounts.Roles;

/**
 * At the first start (no user at all) creates the administrator: from {@code ntm.admin.*} when a
 * password is given, otherwise "admin" with a generated password printed once to the log. Either way
 * the password must be changed at the first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;
    private final String email;

    FirstAdministrator(UserStore users, PasswordEncoder encoder,
                       @Value("${ntm.admin.username:admin}") String username,
                       @Value("${ntm.admin.password:}") String password,
                       @Value("${ntm.admin.email:admin@localhost}") String email) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = password.isBlank();
        String initial = generated ? generate() : password;
        try {
            users.create(username, email, "Quản trị hệ thống", encoder.encode(initial), true, List.of(Roles.ADMIN));
        } catch (DuplicateKeyException e) {
            // another node starting at the same moment created it first
            return;
        }
        if (generated) {
            log.warn("""

                    ****************************************************************
                    *  FIRST ADMINISTRATOR CREATED                                 *
                    *  user name: {}
                    *  password:  {}
                    *  Sign in at /dang-nhap and change it; it is shown only once. *
                    ****************************************************************""", username, initial);
        } else {
            log.info("First administrator '{}' created from ntm.admin.* properties", username);
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 16 || PasswordPolicy.check(sb.toString(), "admin").isPresent()) {
            if (sb.length() >= 16) {
                sb.setLength(0);
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
