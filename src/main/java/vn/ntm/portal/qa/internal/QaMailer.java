package vn.ntm.portal.qa.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.ntm.portal.qa.domain.Question;

/**
 * Mail to the asker (when they gave an address): the receipt with the tracking code, and the notice
 * that the answer is ready. Without an SMTP server (spring.mail.host) a warning is logged and the
 * question goes on; a failed send is logged and never undoes the question.
 */
@Component
public class QaMailer {

    private static final Logger log = LoggerFactory.getLogger(QaMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String baseUrl;
    private final String from;

    QaMailer(ObjectProvider<JavaMailSender> mail, @Value("${ntm.public-url:http://localhost:8080}") String baseUrl,
             @Value("${ntm.mail.from:no-reply@localhost}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    public void received(Question q, String officeName) {
        send(q, "Đã tiếp nhận câu hỏi " + q.trackingCode() + " - " + officeName, """
                Kính gửi %s,

                %s đã tiếp nhận câu hỏi "%s" của Ông/Bà ngày %s.
                Mã tra cứu: %s
                Hạn trả lời dự kiến: %s (15 ngày làm việc).

                Theo dõi tình trạng xử lý tại: %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(q.askerName(), officeName, q.title(), q.receivedOnText(), q.trackingCode(), q.dueOnText(),
                trackingLink(q)));
    }

    public void answered(Question q, String officeName) {
        send(q, "Câu hỏi " + q.trackingCode() + " đã được trả lời - " + officeName, """
                Kính gửi %s,

                Câu hỏi "%s" (mã tra cứu %s) của Ông/Bà đã được trả lời.
                Xem nội dung trả lời tại: %s

                Đây là thư tự động, xin vui lòng không trả lời thư này.
                """.formatted(q.askerName(), q.title(), q.trackingCode(), trackingLink(q)));
    }

    private String trackingLink(Question q) {
        return baseUrl + "/hoi-dap/tra-cuu?ma=" + q.trackingCode();
    }

    private void send(Question q, String subject, String text) {
        if (q.email() == null) {
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Question {}: no mail server is configured (spring.mail.host), the asker is not notified by e-mail",
                    q.trackingCode());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(q.email());
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.error("Could not send mail about question {}", q.trackingCode(), e);
        }
    }
}
