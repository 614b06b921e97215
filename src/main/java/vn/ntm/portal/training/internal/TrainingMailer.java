package vn.ntm.portal.training.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationStatus;

/**
 * Mail to registrants (those who gave an e-mail address): the confirmation with the personal code, seat
 * offers, moderation results, reminders and bulk mail. Without an SMTP server (spring.mail.host) a warning is
 * logged and nothing else happens; a failed send is logged and never undoes the registration.
 */
@Component
public class TrainingMailer {

    private static final Logger log = LoggerFactory.getLogger(TrainingMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String baseUrl;
    private final String from;

    TrainingMailer(ObjectProvider<JavaMailSender> mail, @Value("${ntm.public-url:http://localhost:8080}") String baseUrl,
                   @Value("${ntm.mail.from:no-reply@localhost}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** The absolute address of a registrant's personal page. */
    public String personalLink(Programme p, Registration r) {
        return baseUrl + p.path() + "/dang-ky/" + r.code();
    }

    public void confirmed(Programme p, Registration r, boolean updated) {
        if (r.email() == null) {
            return; // most registrants give only a phone: nothing to write
        }
        String state = switch (r.status()) {
            case PENDING -> "Đăng ký của Ông/Bà đang chờ ban tổ chức duyệt; chúng tôi sẽ báo kết quả qua e-mail.";
            case WAITING -> "Kênh " + r.channelWanted().label() + " đã hết chỗ: Ông/Bà đang trong danh sách chờ. "
                    + "Khi có chỗ trống, chúng tôi gửi thư mời nhận chỗ có thời hạn.";
            default -> "Kênh tham gia: " + r.channel().label() + ".";
        };
        send(r, (updated ? "Đã cập nhật đăng ký " : "Xác nhận đăng ký ") + p.name(), """
                Kính gửi %s,

                %s đăng ký tham gia "%s" (%s).
                %s

                Mã đăng ký cá nhân: %s
                Xem, sửa hoặc hủy đăng ký tại: %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), updated ? "Ông/Bà đã cập nhật" : "Ông/Bà đã", p.name(), p.datesText(), state,
                r.displayCode(), personalLink(p, r)));
    }

    public void offered(Programme p, Registration r) {
        send(r, "Có chỗ trống cho Ông/Bà: " + p.name(), """
                Kính gửi %s,

                Đã có chỗ trống trên kênh %s của "%s". Chỗ được giữ cho Ông/Bà đến %s.
                Để nhận chỗ, mở trang đăng ký cá nhân và bấm "Nhận chỗ": %s

                Sau thời hạn trên, chỗ được chuyển cho người tiếp theo trong danh sách chờ.
                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), r.channelWanted().label(), p.name(), r.offerExpiresText(), personalLink(p, r)));
    }

    public void moderated(Programme p, Registration r) {
        boolean approved = r.status() != RegistrationStatus.REJECTED;
        send(r, (approved ? "Đăng ký đã được duyệt: " : "Đăng ký không được duyệt: ") + p.name(), """
                Kính gửi %s,

                %s
                Mã đăng ký cá nhân: %s — %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(r.fullName(), approved
                        ? "Ban tổ chức đã duyệt đăng ký của Ông/Bà tham gia \"" + p.name() + "\" (" + r.status().label() + ")."
                        : "Rất tiếc, ban tổ chức không duyệt được đăng ký của Ông/Bà tham gia \"" + p.name() + "\".",
                r.displayCode(), personalLink(p, r)));
    }

    /** Sends one message to a registrant; false when it could not be sent (no address, no server, an error). */
    public boolean send(Registration r, String subject, String text) {
        if (r.email() == null) {
            return false;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Registration {}: no mail server is configured (spring.mail.host), the registrant is not notified by e-mail", r.id());
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(r.email());
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.error("Could not send mail to registration {}", r.id(), e);
            return false;
        }
    }
}
