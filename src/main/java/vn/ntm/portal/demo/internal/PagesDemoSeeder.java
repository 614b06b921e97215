package vn.ntm.portal.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.portal.shared.Xml;

/**
 * Demo static pages (when {@code ntm.demo.enabled} and no static page exists yet): "Giới thiệu" with its three
 * sub-pages, "Tiếp cận thông tin" with four, and "Liên hệ", all published, their bodies from
 * {@code demo/pages/<slug>.html} with the office's name and contact details taken from the site settings; and
 * hand-made main-menu entries for "Giới thiệu" (with its sub-pages) and "Tiếp cận thông tin", placed after the
 * categories (administrators move them on the menu screen). A dozen inserts: fast.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PagesDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PagesDemoSeeder.class);

    /** slug, title, summary; children follow their parent, marked by a leading "-" on the slug. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"gioi-thieu", "Giới thiệu", "Vị trí, chức năng, nhiệm vụ, cơ cấu tổ chức và lãnh đạo Văn phòng Điều phối nông thôn mới tỉnh."},
            new String[] {"-chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", "Chức năng tham mưu và các nhiệm vụ chính của Văn phòng."},
            new String[] {"-co-cau-to-chuc", "Cơ cấu tổ chức", "Lãnh đạo Văn phòng và các bộ phận chuyên môn."},
            new String[] {"-lanh-dao-van-phong", "Lãnh đạo Văn phòng", "Chánh Văn phòng, các Phó Chánh Văn phòng và lĩnh vực phụ trách."},
            new String[] {"tiep-can-thong-tin", "Tiếp cận thông tin", "Công khai thông tin và cung cấp thông tin theo yêu cầu của công dân theo Luật Tiếp cận thông tin."},
            new String[] {"-danh-muc-thong-tin-phai-cong-khai", "Danh mục thông tin phải công khai", "Các nhóm thông tin được công khai rộng rãi và nơi đăng tải."},
            new String[] {"-dau-moi-cung-cap-thong-tin", "Đầu mối cung cấp thông tin", "Bộ phận, người phụ trách, địa chỉ và thời gian tiếp nhận yêu cầu."},
            new String[] {"-cach-yeu-cau-cung-cap-thong-tin", "Cách yêu cầu cung cấp thông tin", "Yêu cầu trực tiếp, qua bưu chính hoặc thư điện tử; thời hạn trả lời."},
            new String[] {"-mau-phieu-yeu-cau-cung-cap-thong-tin", "Mẫu phiếu yêu cầu cung cấp thông tin", "Các nội dung cần ghi trong phiếu yêu cầu."},
            new String[] {"lien-he", "Liên hệ", "Địa chỉ, điện thoại, thư điện tử và giờ làm việc của Văn phòng."});

    private final JdbcClient jdbc;
    private final boolean enabled;

    PagesDemoSeeder(JdbcClient jdbc, @Value("${ntm.demo.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT EXISTS (SELECT 1 FROM static_page)").query(Boolean.class).single()) {
            return;
        }
        Map<String, String> values = Map.of(
                "office", setting("site.name", "Văn phòng Điều phối nông thôn mới tỉnh"),
                "address", setting("footer.address", "(chưa có địa chỉ)"),
                "phone", setting("footer.phone", "(chưa có số điện thoại)"),
                "email", setting("footer.email", "(chưa có thư điện tử)"));
        Long parent = null;
        int top = 0;
        int child = 0;
        Map<String, Long> ids = new java.util.HashMap<>();
        for (String[] p : PAGES) {
            boolean isChild = p[0].startsWith("-");
            String slug = isChild ? p[0].substring(1) : p[0];
            int position = isChild ? ++child * 10 : ++top * 10;
            long id = jdbc.sql("""
                    INSERT INTO static_page (slug, title, summary, body_html, parent_id, position, published, created_by, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, true, 'Dữ liệu mẫu', 'Dữ liệu mẫu') RETURNING id""")
                    .params(slug, p[1], p[2], body(slug, values), isChild ? parent : null, position)
                    .query(Long.class).single();
            ids.put(slug, id);
            if (!isChild) {
                parent = id;
                child = 0;
            }
        }
        // after the categories (100 + their position) and before "Dự thảo văn bản" (890) and "Hỏi đáp" (900)
        long intro = menu("Giới thiệu", "/trang/gioi-thieu", null, 870);
        menu("Chức năng, nhiệm vụ", "/trang/chuc-nang-nhiem-vu", intro, 10);
        menu("Cơ cấu tổ chức", "/trang/co-cau-to-chuc", intro, 20);
        menu("Lãnh đạo Văn phòng", "/trang/lanh-dao-van-phong", intro, 30);
        menu("Tiếp cận thông tin", "/trang/tiep-can-thong-tin", null, 880);
        log.info("Đã tạo {} trang thông tin mẫu và mục trình đơn \"Giới thiệu\", \"Tiếp cận thông tin\"", ids.size());
    }

    private long menu(String label, String href, Long parent, int position) {
        return jdbc.sql("INSERT INTO site_menu_item (label, href, parent_id, position) VALUES (?, ?, ?, ?) RETURNING id")
                .params(label, href, parent, position).query(Long.class).single();
    }

    private String setting(String key, String fallback) {
        return jdbc.sql("SELECT value FROM site_setting WHERE key = ?").param(key).query(String.class).optional()
                .filter(v -> !v.isBlank()).orElse(fallback);
    }

    /** The page's HTML with {{office}}, {{address}}, {{phone}} and {{email}} replaced by the escaped settings. */
    static String body(String slug, Map<String, String> values) {
        try (InputStream in = PagesDemoSeeder.class.getResourceAsStream("/demo/pages/" + slug + ".html")) {
            if (in == null) {
                throw new IllegalStateException("missing demo page " + slug);
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                html = html.replace("{{" + e.getKey() + "}}", Xml.escape(e.getValue()));
            }
            return html.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
