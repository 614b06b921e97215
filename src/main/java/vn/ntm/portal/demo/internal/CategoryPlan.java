package vn.ntm.portal.demo.internal;

import java.util.List;

/**
 * The demo category tree. {@code weight} is the share of articles a category gets; {@code related}
 * names the categories where its articles may also appear (article_category).
 */
public final class CategoryPlan {

    public static final String NEWS = "Tin tức - Sự kiện";
    public static final String DIRECTION = "Chỉ đạo - Điều hành";
    public static final String BUILDING = "Xây dựng nông thôn mới";
    public static final String ADVANCED = "Nông thôn mới nâng cao, kiểu mẫu";
    public static final String MODEL_AREAS = "Khu dân cư kiểu mẫu, vườn mẫu";
    public static final String OCOP = "Chương trình OCOP";
    public static final String FARMING = "Kinh tế nông nghiệp";
    public static final String CULTURE = "Văn hóa - Xã hội";
    public static final String ENVIRONMENT = "Môi trường";
    public static final String EXAMPLES = "Gương điển hình";
    public static final String HO_CHI_MINH = "Học tập đạo đức HCM";
    public static final String SCIENCE = "Khoa học - Công nghệ";
    public static final String QUESTIONS = "Hỏi đáp chính sách";
    public static final String NOTICES = "Thông báo";

    /** One category of the plan; {@code parent} is a name of an earlier entry, or null. */
    public record Spec(String name, String parent, String topic, String description, int position,
                       boolean inMenu, boolean showOnHome, int weight, List<String> related) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec(NEWS, null, "su-kien", "Tin hoạt động, sự kiện về xây dựng nông thôn mới trong tỉnh.",
                    10, true, true, 16, List.of(BUILDING, DIRECTION)),
            new Spec(DIRECTION, null, "chi-dao", "Văn bản, ý kiến chỉ đạo, điều hành của tỉnh và Ban Chỉ đạo.",
                    20, true, true, 8, List.of(NEWS)),
            new Spec(BUILDING, null, "ntm", "Kết quả, kinh nghiệm xây dựng nông thôn mới ở các địa phương.",
                    30, true, true, 12, List.of(NEWS, EXAMPLES)),
            new Spec(ADVANCED, BUILDING, "ntm-nang-cao", "Xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu.",
                    31, true, false, 5, List.of(BUILDING, NEWS)),
            new Spec(MODEL_AREAS, BUILDING, "kdc", "Khu dân cư nông thôn mới kiểu mẫu và vườn mẫu.",
                    32, true, false, 5, List.of(BUILDING, ENVIRONMENT)),
            new Spec(OCOP, null, "ocop", "Chương trình Mỗi xã một sản phẩm: sản phẩm, chủ thể, thị trường.",
                    40, true, true, 10, List.of(FARMING, NEWS)),
            new Spec(FARMING, null, "nong-nghiep", "Sản xuất nông nghiệp, hợp tác xã, liên kết chuỗi giá trị.",
                    50, true, true, 10, List.of(OCOP, SCIENCE)),
            new Spec(CULTURE, null, "van-hoa", "Đời sống văn hóa, giáo dục, y tế ở nông thôn.",
                    60, true, true, 7, List.of(NEWS)),
            new Spec(ENVIRONMENT, null, "moi-truong", "Môi trường nông thôn, nước sạch, cảnh quan xanh, sạch, đẹp.",
                    70, true, true, 6, List.of(BUILDING)),
            new Spec(EXAMPLES, null, "guong", "Những tấm gương tiêu biểu trong xây dựng quê hương.",
                    80, true, true, 6, List.of(HO_CHI_MINH, CULTURE)),
            new Spec(HO_CHI_MINH, null, "hcm", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                    90, true, true, 4, List.of(EXAMPLES)),
            new Spec(SCIENCE, null, "khcn", "Ứng dụng khoa học, công nghệ và chuyển đổi số ở nông thôn.",
                    100, false, true, 4, List.of(FARMING)),
            new Spec(QUESTIONS, null, "hoi-dap", "Giải đáp chính sách về nông thôn mới, OCOP và giảm nghèo.",
                    110, true, false, 3, List.of(DIRECTION)),
            new Spec(NOTICES, null, "thong-bao", "Thông báo của Văn phòng Điều phối nông thôn mới tỉnh.",
                    120, false, false, 4, List.of(DIRECTION)));

    private CategoryPlan() {
    }

    public static List<Spec> specs() {
        return SPECS;
    }

    public static List<String> topicKeys() {
        return SPECS.stream().map(Spec::topic).toList();
    }
}
