package vn.ntm.portal.training.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ntm.portal.shared.Contact;
import vn.ntm.portal.shared.Json;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.domain.Category;
import vn.ntm.portal.training.domain.CustomQuestion;
import vn.ntm.portal.training.domain.Delivery;
import vn.ntm.portal.training.domain.Gender;
import vn.ntm.portal.training.domain.Labelled;
import vn.ntm.portal.training.domain.Level;
import vn.ntm.portal.training.domain.ProducerType;
import vn.ntm.portal.training.domain.Province;
import vn.ntm.portal.training.domain.QuestionKind;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.RegistrationInput;
import vn.ntm.portal.training.domain.Topic;

/**
 * The registration form as typed (trimmed, NFC), kept to show it again after a refusal, and its server-side
 * check. Fields that depend on another (the producer's type and product, custom questions shown on an answer)
 * are checked only when they apply and otherwise dropped, whatever the browser sent.
 */
public record RegistrationForm(String fullName, String gender, String birthYear, String organisation, String jobTitle, String level,
                               String province, String commune, String phone, String email, String category, String producerType,
                               String productName, List<String> topics, String channel, boolean acceptLivestream, String question,
                               boolean consent, Map<String, List<String>> answers) {

    public static final String YES = "co";
    public static final String NO = "khong";
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", false, "", false, Map.of());
    }

    public static RegistrationForm from(HttpServletRequest r, List<CustomQuestion> questions) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (CustomQuestion q : questions) {
            answers.put(String.valueOf(q.id()), values(r, q.field()));
        }
        return new RegistrationForm(text(r, "ho_ten"), text(r, "gioi_tinh"), text(r, "nam_sinh"), text(r, "don_vi"), text(r, "chuc_vu"),
                text(r, "cap"), text(r, "tinh"), text(r, "xa"), text(r, "dien_thoai"), text(r, "email"), text(r, "doi_tuong"),
                text(r, "loai_chu_the"), text(r, "san_pham"), values(r, "chuyen_de"), text(r, "kenh"),
                r.getParameter("chap_nhan_truc_tuyen") != null, text(r, "cau_hoi"), r.getParameter("dong_y") != null, answers);
    }

    /** The form filled with a stored registration (the personal page's change form). */
    public static RegistrationForm of(Registration g, Map<String, List<String>> answers) {
        return new RegistrationForm(g.fullName(), g.gender() == null ? "" : g.gender().name(),
                g.birthYear() == null ? "" : String.valueOf(g.birthYear()), g.organisation(), g.jobTitle(),
                g.level() == null ? "" : g.level().name(), g.provinceCode(), g.commune(), g.phone() == null ? "" : g.phone(),
                g.email() == null ? "" : g.email(), g.category().name(), g.producerType() == null ? "" : g.producerType().name(),
                g.productName(), g.topicIds().stream().map(String::valueOf).toList(), g.channelWanted().name(), g.acceptLivestream(),
                g.question(), true, answers);
    }

    private static String text(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        return v == null ? "" : VietnameseText.nfc(v.strip());
    }

    private static List<String> values(HttpServletRequest r, String name) {
        String[] v = r.getParameterValues(name);
        return v == null ? List.of() : Arrays.stream(v).map(s -> VietnameseText.nfc(s.strip())).filter(s -> !s.isEmpty()).toList();
    }

    public boolean topicChosen(long id) {
        return topics.contains(String.valueOf(id));
    }

    public String answer(CustomQuestion q) {
        List<String> v = answers.getOrDefault(String.valueOf(q.id()), List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public boolean answered(CustomQuestion q, String option) {
        return answers.getOrDefault(String.valueOf(q.id()), List.of()).contains(option);
    }

    /** Checks every field; each problem adds a Vietnamese message. */
    public RegistrationInput check(List<Province> provinces, List<Topic> programmeTopics, List<CustomQuestion> questions, List<String> errors) {
        Contact contact = Contact.check(fullName, email, phone, errors);
        Gender g = Labelled.parse(Gender.class, gender);
        if (g == null) {
            errors.add("Vui lòng chọn giới tính.");
        }
        Integer year = null;
        if (!birthYear.isEmpty()) {
            int max = Year.now().getValue() - 10;
            if (FOUR_DIGITS.matcher(birthYear).matches() && Integer.parseInt(birthYear) >= 1920 && Integer.parseInt(birthYear) <= max) {
                year = Integer.parseInt(birthYear);
            } else {
                errors.add("Năm sinh phải là năm có 4 chữ số, từ 1920 đến " + max + ".");
            }
        }
        if (organisation.isEmpty() || organisation.length() > 300) {
            errors.add("Vui lòng nhập đơn vị công tác (tối đa 300 ký tự).");
        }
        if (jobTitle.length() > 200) {
            errors.add("Chức vụ dài tối đa 200 ký tự.");
        }
        Level lv = Labelled.parse(Level.class, level);
        if (lv == null) {
            errors.add("Vui lòng chọn cấp công tác (Trung ương, Tỉnh hoặc Xã).");
        }
        if (provinces.stream().noneMatch(p -> p.code().equals(province))) {
            errors.add("Vui lòng chọn tỉnh/thành phố trong danh sách.");
        }
        if (commune.length() > 200) {
            errors.add("Tên xã/phường dài tối đa 200 ký tự.");
        }
        Category cat = Labelled.parse(Category.class, category);
        ProducerType type = null;
        String product = "";
        if (cat == null) {
            errors.add("Vui lòng chọn đối tượng tham gia.");
        } else if (cat == Category.PRODUCER) {
            type = Labelled.parse(ProducerType.class, producerType);
            if (type == null) {
                errors.add("Chủ thể sản xuất: vui lòng chọn loại chủ thể (doanh nghiệp, hợp tác xã, tổ hợp tác hoặc hộ sản xuất).");
            }
            if (productName.isEmpty() || productName.length() > 300) {
                errors.add("Chủ thể sản xuất: vui lòng nhập tên sản phẩm (tối đa 300 ký tự).");
            }
            product = productName;
        }
        Set<String> known = programmeTopics.stream().map(t -> String.valueOf(t.id())).collect(Collectors.toSet());
        List<Long> topicIds = new ArrayList<>();
        for (String t : topics) {
            if (!known.contains(t)) {
                errors.add("Chuyên đề đã chọn không thuộc chương trình này.");
                break;
            }
            if (!topicIds.contains(Long.parseLong(t))) {
                topicIds.add(Long.parseLong(t));
            }
        }
        Delivery ch = Labelled.parse(Delivery.class, channel);
        if (ch == null) {
            errors.add("Vui lòng chọn hình thức tham gia (Zoom, YouTube hoặc Facebook).");
        }
        if (question.length() > 2000) {
            errors.add("Câu hỏi gửi báo cáo viên dài tối đa 2.000 ký tự.");
        }
        if (!consent) {
            errors.add("Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP) để đăng ký.");
        }
        String json = answersJson(questions, errors);
        return new RegistrationInput(contact.name(), g, year, organisation, jobTitle, lv, province, commune, contact.phone(),
                contact.email(), cat == null ? Category.OTHER : cat, type, product, topicIds, ch == null ? Delivery.ZOOM : ch,
                acceptLivestream, question, json);
    }

    /** Whether a question applies: no condition, or its controlling question applies and has the value. */
    public boolean applies(CustomQuestion q, List<CustomQuestion> all) {
        return applies(q, all, 0);
    }

    private boolean applies(CustomQuestion q, List<CustomQuestion> all, int depth) {
        if (q.showIfQuestionId() == null) {
            return true;
        }
        CustomQuestion parent = all.stream().filter(x -> x.id() == q.showIfQuestionId()).findFirst().orElse(null);
        if (parent == null || depth > 10) {
            return true;
        }
        return applies(parent, all, depth + 1)
                && answers.getOrDefault(String.valueOf(parent.id()), List.of()).contains(q.showIfValue());
    }

    private String answersJson(List<CustomQuestion> questions, List<String> errors) {
        List<String> parts = new ArrayList<>();
        for (CustomQuestion q : questions) {
            List<String> v = answers.getOrDefault(String.valueOf(q.id()), List.of());
            if (!applies(q, questions)) {
                continue;
            }
            if (v.isEmpty()) {
                if (q.required()) {
                    errors.add("Vui lòng trả lời câu hỏi “" + q.label() + "”.");
                }
                continue;
            }
            String key = Json.quote(String.valueOf(q.id()));
            switch (q.kind()) {
                case TEXT -> {
                    if (v.get(0).length() > 2000) {
                        errors.add("Câu trả lời cho “" + q.label() + "” dài tối đa 2.000 ký tự.");
                    }
                    parts.add(key + ":" + Json.quote(v.get(0)));
                }
                case SINGLE -> {
                    if (v.size() != 1 || !q.options().contains(v.get(0))) {
                        errors.add("Vui lòng chọn một phương án có trong danh sách cho câu hỏi “" + q.label() + "”.");
                    }
                    parts.add(key + ":" + Json.quote(v.get(0)));
                }
                case MULTI -> {
                    if (!q.options().containsAll(v)) {
                        errors.add("Vui lòng chỉ chọn các phương án có trong danh sách cho câu hỏi “" + q.label() + "”.");
                    }
                    parts.add(key + ":" + v.stream().distinct().map(Json::quote).collect(Collectors.joining(",", "[", "]")));
                }
                case NUMBER -> {
                    String n = v.get(0).replace(',', '.');
                    if (!n.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
                        errors.add("Câu trả lời cho “" + q.label() + "” phải là một số (ví dụ: 12 hoặc 3,5).");
                    } else {
                        n = new BigDecimal(n).toPlainString();
                    }
                    parts.add(key + ":" + Json.quote(n));
                }
                case DATE -> {
                    try {
                        parts.add(key + ":" + Json.quote(LocalDate.parse(v.get(0)).toString()));
                    } catch (DateTimeParseException e) {
                        errors.add("Câu trả lời cho “" + q.label() + "” phải là một ngày (năm-tháng-ngày).");
                    }
                }
                case YES_NO -> {
                    if (!v.get(0).equals(YES) && !v.get(0).equals(NO)) {
                        errors.add("Vui lòng chọn Có hoặc Không cho câu hỏi “" + q.label() + "”.");
                    }
                    parts.add(key + ":" + Json.quote(v.get(0)));
                }
                default -> throw new IllegalStateException(q.kind().name());
            }
        }
        return parts.stream().collect(Collectors.joining(",", "{", "}"));
    }

    static boolean isChoice(QuestionKind k) {
        return k == QuestionKind.SINGLE || k == QuestionKind.MULTI || k == QuestionKind.YES_NO;
    }
}
