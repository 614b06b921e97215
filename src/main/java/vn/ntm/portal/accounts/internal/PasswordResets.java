package vn.ntm.portal.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail link: a random token, of which only the SHA-256 is stored; valid for 30
 * minutes and once.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserStore users;
    private final ObjectProvider<JavaMailSender> mail;
    private final String baseUrl;
    private final String from;

    PasswordResets(JdbcClient jdbc, UserStore users, ObjectProvider<JavaMailSender> mail,
                   @Value("${ntm.public-url:http://localhost:8080}") String baseUrl,
                   @Value("${ntm.mail.from:no-reply@localhost}") String from) {
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** Sends a link when the address belongs to an enabled user; says nothing either way. */
    public void request(String email, String officeName) {
        Optional<UserRow> user = users.findByLogin(email).filter(u -> u.enabled() && u.email().equalsIgnoreCase(email.strip()));
        if (user.isEmpty()) {
            return;
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("DELETE FROM password_reset WHERE expires_at < now() - interval '1 day'").update();
        jdbc.sql("INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES (?, ?, now() + interval '30 minutes')")
                .params(hash(token), user.get().id()).update();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Password reset requested for user {} but no mail server is configured (spring.mail.host)", user.get().username());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.get().email());
        message.setSubject("Đặt lại mật khẩu - " + officeName);
        message.setText("""
                Xin chào %s,

                Có yêu cầu đặt lại mật khẩu cho tài khoản "%s". Mở liên kết sau để đặt mật khẩu mới
                (có hiệu lực trong 30 phút và chỉ dùng được một lần):

                %s/quen-mat-khau/%s

                Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.
                """.formatted(user.get().displayName(), user.get().username(), baseUrl, token));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.error("Could not send the password reset mail to user {}", user.get().username(), e);
        }
    }

    /** The user a still valid, unused token belongs to. */
    public Optional<UserRow> userOf(String token) {
        return jdbc.sql("SELECT user_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()")
                .param(hash(token)).query(Long.class).optional().flatMap(users::find).filter(UserRow::enabled);
    }

    /** Uses the token up; false when it was already used or has expired (e.g. a second tab). */
    @Transactional
    public boolean consume(String token) {
        return jdbc.sql("UPDATE password_reset SET used_at = now() WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()")
                .param(hash(token)).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
