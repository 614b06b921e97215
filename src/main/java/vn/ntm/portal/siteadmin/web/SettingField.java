package vn.ntm.portal.siteadmin.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One editable site setting: its key, Vietnamese label and the rule its value must follow. */
public record SettingField(String key, String label, boolean required, int maxLength, Pattern pattern, String patternMessage,
                    int min, int max, boolean integer) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 .+()\\-]*");

    static SettingField text(String key, String label, boolean required, int maxLength) {
        return new SettingField(key, label, required, maxLength, null, null, 0, 0, false);
    }

    static SettingField number(String key, String label, int min, int max) {
        return new SettingField(key, label, true, 4, null, null, min, max, true);
    }

    /** The fields of the settings screen, in the order shown. */
    static final List<SettingField> ALL = List.of(
            text("site.name", "Tên cơ quan", true, 200),
            text("site.shortName", "Tên ngắn", true, 80),
            text("site.tagline", "Khẩu hiệu (dòng giới thiệu)", false, 200),
            text("footer.office", "Cơ quan (chân trang)", false, 200),
            text("footer.editorInChief", "Chịu trách nhiệm chính (Trưởng ban biên tập)", false, 200),
            text("footer.deputyEditor", "Phó ban biên tập", false, 200),
            text("footer.address", "Địa chỉ", false, 300),
            new SettingField("footer.phone", "Điện thoại", false, 50, PHONE,
                    "Điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu +, dấu ngoặc và gạch ngang.", 0, 0, false),
            new SettingField("footer.email", "E-mail", true, 200, EMAIL, "Địa chỉ e-mail không hợp lệ.", 0, 0, false),
            number("article.newerCount", "Số tin mới hơn dưới bài viết", 0, 30),
            number("article.olderCount", "Số tin cũ hơn dưới bài viết", 0, 30),
            number("home.latestPerCategory", "Số tin mỗi chuyên mục trên trang chủ", 1, 20),
            number("category.pageSize", "Số tin mỗi trang chuyên mục", 5, 100));

    /** Why {@code value} is refused, or empty when it is acceptable. */
    Optional<String> check(String value) {
        if (value.isEmpty()) {
            return required ? Optional.of(label + " không được để trống.") : Optional.empty();
        }
        if (integer) {
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    return Optional.of(label + " phải là số nguyên từ " + min + " đến " + max + ".");
                }
                return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(label + " phải là số nguyên từ " + min + " đến " + max + ".");
            }
        }
        if (value.length() > maxLength) {
            return Optional.of(label + " dài tối đa " + maxLength + " ký tự.");
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            return Optional.of(patternMessage);
        }
        return Optional.empty();
    }
}
