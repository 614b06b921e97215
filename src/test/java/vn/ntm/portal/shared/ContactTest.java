package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void aPhoneAloneIsEnoughAndIsNormalised() {
        List<String> errors = new ArrayList<>();
        Contact c = Contact.check("Nguyễn Thị Hoa", "", "0912 345 678", errors);
        assertThat(errors).isEmpty();
        assertThat(c).isEqualTo(new Contact("Nguyễn Thị Hoa", null, "+84912345678"));
    }

    @Test
    void eachProblemHasItsMessage() {
        List<String> errors = new ArrayList<>();
        Contact c = Contact.check("", "khong-phai-email", "12", errors);
        assertThat(errors).containsExactly("Vui lòng nhập họ và tên (tối đa 100 ký tự).", "Địa chỉ e-mail không hợp lệ.",
                "Số điện thoại không hợp lệ (ví dụ: 0912 345 678).");
        assertThat(c.email()).isNull();
        assertThat(c.phone()).isNull();

        errors.clear();
        Contact.check("Lê Văn An", "", "", errors);
        assertThat(errors).containsExactly("Vui lòng nhập ít nhất một cách liên hệ: e-mail hoặc số điện thoại.");
    }
}
