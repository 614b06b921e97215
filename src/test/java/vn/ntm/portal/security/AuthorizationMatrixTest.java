package vn.ntm.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ntm.portal.accounts.AdminClient;
import vn.ntm.portal.accounts.Roles;
import vn.ntm.portal.accounts.TestUsers;
import vn.ntm.portal.accounts.internal.UserStore;

/**
 * The authorisation matrix of the back office: every mapped {@code /quan-tri} endpoint, for every kind
 * of visitor (anonymous, signed in without a role, signed in with a role some later module adds, and
 * each news-desk role), gets exactly the outcome the policy below says. The policy is written here by
 * hand, apart from the code it checks; an endpoint added without an entry fails the first test, so
 * nobody can add a screen without deciding who may use it.
 *
 * <p>Requests carry a valid CSRF token and point at records that do not exist (or at invalid input),
 * so a request that is let in answers 200, 302, 400, 404, 409 or 422 and changes nothing; one that is kept
 * out answers 403, or sends an anonymous visitor to the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** A role that a later module adds (say, a training manager): it opens the back office but no news screen. */
    private static final String OTHER_ROLE = "THU_NGHIEM_KHAC";
    private static final String MISSING = "987654321";

    enum Who { ANONYMOUS, NO_ROLE, OTHER_ROLE, PHONG_VIEN, BIEN_TAP, HOI_DAP, TAP_HUAN, QUAN_TRI }

    /** Who is let in. */
    enum Rule {
        /** Anyone signed in, even without a role: their own account, the session. */
        SIGNED_IN(Set.of(Who.NO_ROLE, Who.OTHER_ROLE, Who.PHONG_VIEN, Who.BIEN_TAP, Who.HOI_DAP, Who.TAP_HUAN, Who.QUAN_TRI)),
        /** Anyone holding a role: the dashboard. */
        ANY_ROLE(Set.of(Who.OTHER_ROLE, Who.PHONG_VIEN, Who.BIEN_TAP, Who.HOI_DAP, Who.TAP_HUAN, Who.QUAN_TRI)),
        /** The news desk: articles, their history, images. */
        DESK(Set.of(Who.PHONG_VIEN, Who.BIEN_TAP, Who.QUAN_TRI)),
        /** Editors and administrators. */
        EDITORS(Set.of(Who.BIEN_TAP, Who.QUAN_TRI)),
        /** Citizen Q&A: its handlers (role HOI_DAP) and administrators. */
        QA(Set.of(Who.HOI_DAP, Who.QUAN_TRI)),
        /** Training series: their managers (role TAP_HUAN) and administrators. */
        TRAINING(Set.of(Who.TAP_HUAN, Who.QUAN_TRI)),
        /** Administrators only. */
        ADMIN(Set.of(Who.QUAN_TRI));

        final Set<Who> allowed;

        Rule(Set<Who> allowed) {
            this.allowed = allowed;
        }
    }

    /**
     * The policy: "METHOD pattern" → rule, and the form sent with it (invalid on purpose where a valid
     * empty form would change something). Endpoints that end the caller's own sessions run last.
     */
    private static final Map<String, Entry> POLICY = new LinkedHashMap<>();

    record Entry(Rule rule, Map<String, String> form, boolean endsOwnSessions) {
    }

    private static void allow(String endpoint, Rule rule) {
        POLICY.put(endpoint, new Entry(rule, Map.of(), false));
    }

    private static void allow(String endpoint, Rule rule, Map<String, String> form) {
        POLICY.put(endpoint, new Entry(rule, form, false));
    }

    static {
        allow("GET /quan-tri", Rule.ANY_ROLE);
        // own account and session
        allow("GET /quan-tri/tai-khoan", Rule.SIGNED_IN);
        allow("GET /quan-tri/doi-mat-khau", Rule.SIGNED_IN);
        allow("POST /quan-tri/doi-mat-khau", Rule.SIGNED_IN);
        allow("GET /quan-tri/tai-khoan/xac-thuc-hai-buoc", Rule.SIGNED_IN);
        allow("POST /quan-tri/tai-khoan/xac-thuc-hai-buoc", Rule.SIGNED_IN, Map.of("code", "x"));
        allow("POST /quan-tri/tai-khoan/xac-thuc-hai-buoc/tat", Rule.SIGNED_IN);
        allow("POST /quan-tri/phien/duy-tri", Rule.SIGNED_IN);
        POLICY.put("POST /quan-tri/tai-khoan/dang-xuat-moi-noi", new Entry(Rule.SIGNED_IN, Map.of(), true));
        // users and the audit log
        allow("GET /quan-tri/nguoi-dung", Rule.ADMIN);
        allow("GET /quan-tri/nguoi-dung/moi", Rule.ADMIN);
        allow("POST /quan-tri/nguoi-dung/moi", Rule.ADMIN);
        allow("GET /quan-tri/nguoi-dung/{id}", Rule.ADMIN);
        allow("POST /quan-tri/nguoi-dung/{id}", Rule.ADMIN);
        allow("POST /quan-tri/nguoi-dung/{id}/mat-khau", Rule.ADMIN);
        allow("POST /quan-tri/nguoi-dung/{id}/dang-xuat", Rule.ADMIN);
        allow("POST /quan-tri/nguoi-dung/{id}/mo-khoa", Rule.ADMIN);
        allow("GET /quan-tri/nhat-ky", Rule.ADMIN);
        allow("GET /quan-tri/nhat-ky.csv", Rule.ADMIN);
        // articles
        allow("GET /quan-tri/bai-viet", Rule.DESK);
        allow("GET /quan-tri/bai-viet/moi", Rule.DESK);
        allow("POST /quan-tri/bai-viet/moi", Rule.DESK);
        allow("GET /quan-tri/bai-viet/{id}", Rule.DESK);
        allow("POST /quan-tri/bai-viet/{id}", Rule.DESK);
        allow("POST /quan-tri/bai-viet/{id}/giu-khoa", Rule.DESK);
        allow("POST /quan-tri/bai-viet/{id}/tiep-quan", Rule.DESK);
        allow("POST /quan-tri/bai-viet/{id}/dong", Rule.DESK);
        allow("POST /quan-tri/bai-viet/{id}/buoc/{action}", Rule.DESK);
        allow("GET /quan-tri/bai-viet/{id}/lich-su", Rule.DESK);
        allow("POST /quan-tri/bai-viet/{id}/lich-su/{version}/khoi-phuc", Rule.DESK);
        allow("GET /quan-tri/anh", Rule.DESK);
        allow("POST /quan-tri/anh", Rule.DESK);
        // categories: the tree for editors, changes for administrators
        allow("GET /quan-tri/chuyen-muc", Rule.EDITORS);
        allow("GET /quan-tri/chuyen-muc/moi", Rule.ADMIN);
        allow("POST /quan-tri/chuyen-muc/moi", Rule.ADMIN);
        allow("GET /quan-tri/chuyen-muc/{id}", Rule.ADMIN);
        allow("POST /quan-tri/chuyen-muc/{id}", Rule.ADMIN);
        allow("POST /quan-tri/chuyen-muc/{id}/xoa", Rule.ADMIN);
        // tags
        allow("GET /quan-tri/the", Rule.ADMIN);
        allow("POST /quan-tri/the/{id}/doi-ten", Rule.ADMIN);
        allow("POST /quan-tri/the/gop", Rule.ADMIN);
        allow("POST /quan-tri/the/{id}/xoa", Rule.ADMIN);
        // site
        allow("GET /quan-tri/cau-hinh", Rule.ADMIN);
        allow("POST /quan-tri/cau-hinh", Rule.ADMIN);
        allow("GET /quan-tri/khoi-ben", Rule.ADMIN);
        allow("POST /quan-tri/khoi-ben", Rule.ADMIN, Map.of("position-stats.counter", "không phải số"));
        allow("POST /quan-tri/khoi-ben/{code}/len", Rule.ADMIN);
        allow("POST /quan-tri/khoi-ben/{code}/xuong", Rule.ADMIN);
        // sources and authors: editors and administrators
        for (String list : new String[] {"/quan-tri/nguon-tin", "/quan-tri/tac-gia"}) {
            allow("GET " + list, Rule.EDITORS);
            allow("GET " + list + "/moi", Rule.EDITORS);
            allow("POST " + list + "/moi", Rule.EDITORS);
            allow("GET " + list + "/{id}", Rule.EDITORS);
            allow("POST " + list + "/{id}", Rule.EDITORS);
            allow("POST " + list + "/{id}/xoa", Rule.EDITORS);
        }
        // the main menu's hand-made entries
        allow("GET /quan-tri/trinh-don", Rule.ADMIN);
        allow("GET /quan-tri/trinh-don/moi", Rule.ADMIN);
        allow("POST /quan-tri/trinh-don/moi", Rule.ADMIN);
        allow("GET /quan-tri/trinh-don/{id}", Rule.ADMIN);
        allow("POST /quan-tri/trinh-don/{id}", Rule.ADMIN);
        allow("POST /quan-tri/trinh-don/{id}/xoa", Rule.ADMIN);
        allow("POST /quan-tri/trinh-don/{id}/len", Rule.ADMIN);
        allow("POST /quan-tri/trinh-don/{id}/xuong", Rule.ADMIN);
        // visitor statistics: the report for editors, the excluded address ranges for administrators
        allow("GET /quan-tri/thong-ke", Rule.EDITORS);
        allow("GET /quan-tri/thong-ke/tai-ve", Rule.EDITORS);
        allow("GET /quan-tri/thong-ke/loai-tru", Rule.ADMIN);
        allow("POST /quan-tri/thong-ke/loai-tru", Rule.ADMIN, Map.of("cidr", "khong-phai-dia-chi"));
        allow("POST /quan-tri/thong-ke/loai-tru/{id}/xoa", Rule.ADMIN);
        // links, banners, songs and videos
        allow("GET /quan-tri/lien-ket", Rule.ADMIN);
        allow("GET /quan-tri/lien-ket/moi", Rule.ADMIN);
        allow("POST /quan-tri/lien-ket/moi", Rule.ADMIN);
        allow("GET /quan-tri/lien-ket/{id}", Rule.ADMIN);
        allow("POST /quan-tri/lien-ket/{id}", Rule.ADMIN);
        allow("POST /quan-tri/lien-ket/{id}/xoa", Rule.ADMIN);
        allow("GET /quan-tri/media", Rule.ADMIN);
        allow("GET /quan-tri/media/moi", Rule.ADMIN);
        allow("POST /quan-tri/media/moi", Rule.ADMIN);
        allow("GET /quan-tri/media/{id}", Rule.ADMIN);
        allow("POST /quan-tri/media/{id}", Rule.ADMIN);
        allow("POST /quan-tri/media/{id}/xoa", Rule.ADMIN);
        // citizen Q&A: handlers and administrators work on questions; only administrators approve answers and edit topics
        allow("GET /quan-tri/hoi-dap", Rule.QA);
        allow("GET /quan-tri/hoi-dap/{id}", Rule.QA);
        allow("GET /quan-tri/hoi-dap/{id}/tep-dinh-kem", Rule.QA);
        allow("POST /quan-tri/hoi-dap/{id}/phan-cong", Rule.QA);
        allow("POST /quan-tri/hoi-dap/{id}/ghi-chu", Rule.QA, Map.of("body", "ghi chú thử"));
        allow("POST /quan-tri/hoi-dap/{id}/du-thao", Rule.QA, Map.of("draft", "dự thảo thử"));
        allow("POST /quan-tri/hoi-dap/{id}/duyet", Rule.ADMIN);
        allow("POST /quan-tri/hoi-dap/{id}/chuyen", Rule.QA, Map.of("to", "Sở Tài nguyên và Môi trường"));
        allow("POST /quan-tri/hoi-dap/{id}/cong-khai", Rule.QA, Map.of("published", "true"));
        allow("GET /quan-tri/hoi-dap/linh-vuc", Rule.ADMIN);
        allow("POST /quan-tri/hoi-dap/linh-vuc", Rule.ADMIN, Map.of("name", ""));
        allow("POST /quan-tri/hoi-dap/linh-vuc/{id}", Rule.ADMIN, Map.of("name", "Lĩnh vực thử", "position", "1"));
        allow("GET /quan-tri/hoi-dap/ngay-nghi", Rule.ADMIN);
        allow("POST /quan-tri/hoi-dap/ngay-nghi", Rule.ADMIN, Map.of("tu-ngay", ""));
        allow("POST /quan-tri/hoi-dap/ngay-nghi/{day}/xoa", Rule.ADMIN);
        // site search: this node's index status and its rebuild (refused without the confirmation box)
        allow("GET /quan-tri/tim-kiem", Rule.ADMIN);
        allow("POST /quan-tri/tim-kiem/xay-dung-lai", Rule.ADMIN);
        // documents registry: documents for editors, types and fields for administrators
        allow("GET /quan-tri/van-ban", Rule.EDITORS);
        allow("GET /quan-tri/van-ban/moi", Rule.EDITORS);
        allow("POST /quan-tri/van-ban/moi", Rule.EDITORS);
        allow("GET /quan-tri/van-ban/{id}", Rule.EDITORS);
        allow("POST /quan-tri/van-ban/{id}", Rule.EDITORS);
        allow("POST /quan-tri/van-ban/{id}/xoa", Rule.EDITORS);
        allow("POST /quan-tri/van-ban/{id}/tep/{fileId}/xoa", Rule.EDITORS);
        allow("POST /quan-tri/van-ban/{id}/lien-ket", Rule.EDITORS, Map.of("number", "khong-co-so-nay", "kind", "lien-quan"));
        allow("POST /quan-tri/van-ban/{id}/lien-ket/{linkId}/xoa", Rule.EDITORS);
        // drafts for public comment: editors and administrators
        allow("GET /quan-tri/du-thao", Rule.EDITORS);
        allow("GET /quan-tri/du-thao/moi", Rule.EDITORS);
        allow("POST /quan-tri/du-thao/moi", Rule.EDITORS);
        allow("GET /quan-tri/du-thao/{id}", Rule.EDITORS);
        allow("POST /quan-tri/du-thao/{id}", Rule.EDITORS);
        allow("POST /quan-tri/du-thao/{id}/trang-thai", Rule.EDITORS, Map.of("state", "khong-co"));
        allow("POST /quan-tri/du-thao/{id}/tep/{fileId}/xoa", Rule.EDITORS);
        allow("GET /quan-tri/du-thao/{id}/y-kien", Rule.EDITORS);
        allow("GET /quan-tri/du-thao/{id}/y-kien/{commentId}/tep", Rule.EDITORS);
        allow("POST /quan-tri/du-thao/{id}/y-kien/{commentId}/dang", Rule.EDITORS);
        allow("POST /quan-tri/du-thao/{id}/y-kien/{commentId}/tu-choi", Rule.EDITORS);
        allow("GET /quan-tri/du-thao/{id}/y-kien.xlsx", Rule.EDITORS);
        allow("GET /quan-tri/du-thao/{id}/y-kien.pdf", Rule.EDITORS);
        // static pages ("Trang thông tin"): editors and administrators
        allow("GET /quan-tri/trang", Rule.EDITORS);
        allow("GET /quan-tri/trang/moi", Rule.EDITORS);
        allow("POST /quan-tri/trang/moi", Rule.EDITORS);
        allow("GET /quan-tri/trang/{id}", Rule.EDITORS);
        allow("POST /quan-tri/trang/{id}", Rule.EDITORS, Map.of("title", "Trang thử", "version", "0"));
        allow("POST /quan-tri/trang/{id}/cong-bo", Rule.EDITORS);
        allow("POST /quan-tri/trang/{id}/an", Rule.EDITORS);
        allow("POST /quan-tri/trang/{id}/len", Rule.EDITORS);
        allow("POST /quan-tri/trang/{id}/xuong", Rule.EDITORS);
        allow("POST /quan-tri/trang/{id}/xoa", Rule.EDITORS);
        // polls
        allow("GET /quan-tri/tham-do", Rule.EDITORS);
        allow("GET /quan-tri/tham-do/moi", Rule.EDITORS);
        allow("POST /quan-tri/tham-do/moi", Rule.EDITORS);
        allow("GET /quan-tri/tham-do/{id}", Rule.EDITORS);
        allow("POST /quan-tri/tham-do/{id}", Rule.EDITORS);
        allow("POST /quan-tri/tham-do/{id}/dong", Rule.EDITORS);
        allow("POST /quan-tri/tham-do/{id}/xoa", Rule.EDITORS);
        allow("GET /quan-tri/tham-do/{id}/ket-qua", Rule.EDITORS);
        allow("GET /quan-tri/tham-do/{id}/ket-qua.csv", Rule.EDITORS);
        allow("GET /quan-tri/tham-do/{id}/ket-qua.xlsx", Rule.EDITORS);
        allow("GET /quan-tri/loai-van-ban", Rule.ADMIN);
        allow("POST /quan-tri/loai-van-ban/moi", Rule.ADMIN);
        allow("POST /quan-tri/loai-van-ban/{id}", Rule.ADMIN);
        allow("POST /quan-tri/loai-van-ban/{id}/xoa", Rule.ADMIN);
        allow("GET /quan-tri/linh-vuc", Rule.ADMIN);
        allow("POST /quan-tri/linh-vuc/moi", Rule.ADMIN);
        allow("POST /quan-tri/linh-vuc/{id}", Rule.ADMIN);
        allow("POST /quan-tri/linh-vuc/{id}/xoa", Rule.ADMIN);
        // training series: managers (TAP_HUAN) and administrators; structure parts are {part} = don-vi, bao-cao-vien, …
        allow("GET /quan-tri/tap-huan", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/moi", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/moi", Rule.TRAINING, Map.of("name", "", "starts_on", "không phải ngày"));
        allow("GET /quan-tri/tap-huan/{id}", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/{part}", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/{part}/{itemId}", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/{part}/{itemId}/xoa", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/dang-ky", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/dang-ky.csv", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/dang-ky.xlsx", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/dang-ky/{registrationId}/duyet", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/dang-ky/{registrationId}/tu-choi", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/thu", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/thu", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/khao-sat", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/khao-sat", Rule.TRAINING, Map.of("title", "", "kirkpatrick", "9"));
        allow("POST /quan-tri/tap-huan/{id}/khao-sat/nguong-tich-cuc", Rule.TRAINING, Map.of("positive_min_rating", "9"));
        allow("GET /quan-tri/tap-huan/{id}/khao-sat/{sid}", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/khao-sat/{sid}", Rule.TRAINING, Map.of("title", ""));
        allow("POST /quan-tri/tap-huan/{id}/khao-sat/{sid}/cau-hoi", Rule.TRAINING, Map.of("label", ""));
        allow("POST /quan-tri/tap-huan/{id}/khao-sat/{sid}/cau-hoi/{itemId}", Rule.TRAINING, Map.of("label", ""));
        allow("POST /quan-tri/tap-huan/{id}/khao-sat/{sid}/cau-hoi/{itemId}/xoa", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/khao-sat/{sid}/ket-qua", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/khao-sat/{sid}/ket-qua.csv", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/khao-sat/{sid}/tra-loi.csv", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/khao-sat/{sid}/ket-qua.xlsx", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/khao-sat/{sid}/ket-qua.pdf", Rule.TRAINING);
        // questions per topic
        allow("GET /quan-tri/tap-huan/{id}/hoi-dap", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/duyet-nhieu", Rule.TRAINING, Map.of("chon", "x"));
        allow("GET /quan-tri/tap-huan/{id}/hoi-dap/{askId}", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/duyet", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/tu-choi", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/chuyen-de", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/phan-cong", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/tra-loi", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/cong-bo", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/hoi-dap/{askId}/go-cong-bo", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/chung-nhan", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/quy-tac", Rule.TRAINING, Map.of("cert_min_minutes", "không phải số"));
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/cai-dat", Rule.TRAINING, Map.of("number_prefix", "có dấu cách"));
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/{registrationId}/quyet-dinh", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/{registrationId}/cap", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/cap-tat-ca", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/giay/{certificateId}/thu-hoi", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/chung-nhan/giay/{certificateId}/pdf", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/chung-nhan/tat-ca.pdf", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/chung-nhan/gui-thu", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/bao-cao", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/bao-cao.xlsx", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/bao-cao.pdf", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/nhap-so-lieu", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/nhap-so-lieu", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/nhap-so-lieu/{importId}/tep", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/diem-danh", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/diem-danh/quy-tac", Rule.TRAINING, Map.of("phut", "x", "phan_tram", "x", "muon", "x"));
        allow("GET /quan-tri/tap-huan/{id}/diem-danh/doi-chieu", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/diem-danh/doi-chieu/{personId}/ghep", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/diem-danh/doi-chieu/{personId}/bo-qua", Rule.TRAINING);
        allow("GET /quan-tri/tap-huan/{id}/luot-xem", Rule.TRAINING);
        allow("POST /quan-tri/tap-huan/{id}/luot-xem/{sessionId}", Rule.TRAINING, Map.of("nen_tang", "x"));
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void addTheOtherRole() {
        jdbc.sql("INSERT INTO role (code, name) VALUES (?, 'Vai trò của một phân hệ khác (thử nghiệm)') ON CONFLICT DO NOTHING")
                .param(OTHER_ROLE).update();
    }

    @Test
    void everyBackOfficeEndpointHasAnEntryInThePolicyAndEveryEntryAnEndpoint() {
        Set<String> mapped = mappedEndpoints();
        assertThat(mapped).as("back-office endpoints found").hasSizeGreaterThan(50);
        assertThat(new TreeSet<>(mapped)).as("endpoints nobody decided the roles of").isSubsetOf(POLICY.keySet());
        assertThat(new TreeSet<>(POLICY.keySet())).as("policy entries with no endpoint").isSubsetOf(mapped);
    }

    @Test
    void everyEndpointLetsInExactlyTheRolesThePolicyNames() throws Exception {
        List<String> endpoints = new ArrayList<>(POLICY.keySet());
        endpoints.sort(Comparator.comparing(e -> POLICY.get(e).endsOwnSessions()));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Who who : Who.values()) {
            AdminClient http = client(who);
            for (String endpoint : endpoints) {
                Entry entry = POLICY.get(endpoint);
                String method = endpoint.substring(0, endpoint.indexOf(' '));
                String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
                HttpResponse<String> r;
                if (method.equals("GET")) {
                    r = http.get(path);
                } else {
                    Map<String, String> form = new LinkedHashMap<>(entry.form());
                    form.put("_csrf", AdminClient.csrf(http.get(who == Who.ANONYMOUS ? "/dang-nhap" : "/quan-tri/tai-khoan").body()));
                    r = http.post(path, form);
                }
                String outcome = outcome(r);
                String expected = who == Who.ANONYMOUS
                        ? (path.startsWith("/quan-tri/phien/") ? "401" : "sign-in")
                        : entry.rule().allowed.contains(who) ? "let in" : "403";
                checked++;
                if (!outcome.equals(expected)) {
                    wrong.add(who + " " + method + " " + path + ": expected " + expected + ", got " + outcome
                            + " (" + r.statusCode() + ")");
                }
            }
        }
        assertThat(checked).isEqualTo(Who.values().length * POLICY.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSessionStatusEndpointTellsOnlyWhetherTheCallerIsSignedIn() throws Exception {
        for (Who who : Who.values()) {
            HttpResponse<String> r = client(who).get("/quan-tri/phien/trang-thai");
            assertThat(r.statusCode()).as(who.name()).isEqualTo(200);
            assertThat(r.body()).as(who.name()).matches(who == Who.ANONYMOUS
                    ? "\\{\"signedIn\":false,\"remaining\":0}" : "\\{\"signedIn\":true,\"remaining\":\\d+}");
        }
    }

    private AdminClient client(Who who) throws Exception {
        AdminClient http = new AdminClient(port);
        if (who != Who.ANONYMOUS) {
            String name = switch (who) {
                case NO_ROLE -> TestUsers.create(users, encoder);
                case OTHER_ROLE -> TestUsers.create(users, encoder, OTHER_ROLE);
                default -> TestUsers.create(users, encoder, who.name());
            };
            assertThat(AdminClient.location(http.signIn(name, TestUsers.PASSWORD))).endsWith("/quan-tri");
        }
        return http;
    }

    /** A request that was let in may still be refused for its input or find nothing; it must never fail. */
    private static String outcome(HttpResponse<String> r) {
        int status = r.statusCode();
        if (status == 302 && AdminClient.location(r).contains("/dang-nhap")) {
            return "sign-in";
        }
        if (status == 403 || status == 401) {
            return String.valueOf(status);
        }
        if (status >= 500) {
            return "server error";
        }
        return Set.of(200, 302, 400, 404, 409, 422).contains(status) ? "let in" : "unexpected " + status;
    }

    /** Path variables filled with records that do not exist, so nothing that is let in changes anything. */
    private static String concrete(String pattern) {
        return pattern.replace("{action}", "gui-duyet").replace("{code}", "khong-co-khoi-nay").replaceAll("\\{[^}]*}", MISSING);
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/quan-tri") && !pattern.startsWith("/quan-tri/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }
}
