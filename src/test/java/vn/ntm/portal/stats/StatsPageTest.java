package vn.ntm.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public statistics page over HTTP on the demo site (three years of history): every section is a real
 * table, the date-range form refuses nonsense with a Vietnamese 400 and never a 5xx, and the CSV and Excel
 * downloads carry exactly the figures of the table on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatsPageTest {

    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">(?:<a href=\"[^\"]*\">)?([^<]*)(?:</a>)?</th>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("data-value=\"(\\d+)\"");
    private static final List<String> TABLES = List.of("theo-thoi-gian", "theo-thang", "theo-nam", "theo-gio", "trinh-duyet",
            "he-dieu-hanh", "thiet-bi", "nguon-truy-cap", "bai-viet", "van-ban");

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageShowsEverySectionAsATableWithDownloads() throws Exception {
        HttpResponse<String> page = get("/thong-ke");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Thống kê truy cập</h1>", "chỉ tính <strong>người truy cập</strong>",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "/static/js/stats-charts.js");
        for (String code : TABLES) {
            assertThat(html).contains("data-table=\"" + code + "\"", "bang=" + code + "&");
        }
        assertThat(html).doesNotContain("(máy)", "style=");
        List<String[]> browsers = rows(html, "trinh-duyet");
        assertThat(browsers).extracting(r -> r[0]).contains("Chrome", "Cốc Cốc", "Safari");
        List<String[]> hours = rows(html, "theo-gio");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(0)[0]).isEqualTo("00:00–00:59");
        // people visit by day more than at night, in Vietnam's time (the demo history follows that curve)
        assertThat(Long.parseLong(hours.get(9)[1])).isGreaterThan(Long.parseLong(hours.get(3)[1]) * 5);
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/").body()).contains("href=\"/thong-ke\"");
    }

    @Test
    void longRangesAreShownByMonthOrYearAndNumbersInVietnameseFormat() throws Exception {
        String html = get("/thong-ke?khoang=toan-bo").body();
        // the demo history is three years: by month up to 1,100 days, by year beyond (StatsRangeTest pins the limits)
        assertThat(html).contains("Lượt truy cập theo năm")
                .containsAnyOf("Diễn biến lượt truy cập từng tháng", "Diễn biến lượt truy cập từng năm")
                .doesNotContain("Diễn biến lượt truy cập từng ngày");
        List<String[]> years = rows(html, "theo-nam");
        assertThat(years.size()).isBetween(3, 5);
        long big = Long.parseLong(years.get(1)[1]);
        assertThat(big).isGreaterThan(1_000_000);
        assertThat(html).contains(vn.ntm.portal.shared.VietnameseFormat.number(big));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?tu=31/02/2026&den=01/03/2026", "?tu=abc", "?tu=01/01/1900", "?den=01/01/2999",
            "?tu=05/05/2025&den=04/05/2025", "?khoang=thien-nien-ky", "?tu=99999999999999999999/1/2020",
            "?tu=1/1/2025&den=1/1/2025&tu=2/2/2025"})
    void badRangesAreA400InVietnameseWithTheFormAgain(String query) throws Exception {
        HttpResponse<String> page = get("/thong-ke" + query);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("role=\"alert\"", "<form method=\"get\" action=\"/thong-ke\"").doesNotContain("data-table=");
        assertThat(page.body()).containsAnyOf("không phải một ngày hợp lệ", "chỉ có từ ngày", "không được sau hôm nay",
                "phải trước hoặc trùng với", "không hợp lệ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/thong-ke?tu=%00%ff", "/thong-ke/tai-ve?bang=%00&dinh-dang=csv&tu=%ff"})
    void malformedQueriesAreRefusedBeforeThePageWithA400(String path) throws Exception {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Yêu cầu không hợp lệ");
    }

    @Test
    void csvAndExcelCarryTheFiguresOfTheTable() throws Exception {
        // the last 200 days but today: the demo history has visits, articles and documents read in them
        java.time.LocalDate today = java.time.LocalDate.now(vn.ntm.portal.shared.VietnameseFormat.ZONE);
        java.time.LocalDate from = today.minusDays(200);
        java.time.LocalDate to = today.minusDays(1);
        String iso = "&tu=" + from + "&den=" + to;
        String html = get("/thong-ke?tu=" + vn.ntm.portal.shared.VietnameseFormat.date(from) + "&den="
                + vn.ntm.portal.shared.VietnameseFormat.date(to)).body();
        for (String table : List.of("trinh-duyet", "theo-thang", "nguon-truy-cap", "van-ban")) {
            List<String[]> expected = rows(html, table);
            assertThat(expected).as(table).isNotEmpty();

            HttpResponse<byte[]> csv = bytes("/thong-ke/tai-ve?bang=" + table + iso + "&dinh-dang=csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("attachment", "thong-ke-" + table + "-" + from + "-" + to + ".csv");
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<String> lines = text.substring(1).lines().toList();
            assertThat(lines).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(lines.get(i + 1)).isEqualTo(csvLine(expected.get(i)));
            }

            HttpResponse<byte[]> xlsx = bytes("/thong-ke/tai-ve?bang=" + table + iso + "&dinh-dang=xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(vn.ntm.portal.shared.VietnameseFormat.date(from),
                        vn.ntm.portal.shared.VietnameseFormat.date(to));
                for (int i = 0; i < expected.size(); i++) {
                    Row row = sheet.getRow(3 + i);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.get(i)[0]);
                    for (int c = 1; c < expected.get(i).length; c++) {
                        assertThat((long) row.getCell(c).getNumericCellValue()).isEqualTo(Long.parseLong(expected.get(i)[c]));
                    }
                }
                assertThat(sheet.getRow(3 + expected.size())).isNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?bang=khong-co&khoang=7-ngay&dinh-dang=csv", "?bang=trinh-duyet&khoang=7-ngay&dinh-dang=pdf",
            "?bang=trinh-duyet&khoang=7-ngay", "?bang=trinh-duyet&tu=30/02/2025&dinh-dang=csv", "?dinh-dang=xlsx"})
    void badDownloadsAreA400(String query) throws Exception {
        HttpResponse<String> response = get("/thong-ke/tai-ve" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsAnyOf("Định dạng tải về", "Không có bảng thống kê", "không phải một ngày hợp lệ");
    }

    /** The rows of one table on the page: label, then the figures as stored (data-value). */
    static List<String[]> rows(String html, String table) {
        int start = html.indexOf("data-table=\"" + table + "\"");
        assertThat(start).as(table).isPositive();
        int end = html.indexOf("</section>", start);
        String section = html.substring(start, end);
        List<String[]> out = new ArrayList<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            List<String> cells = new ArrayList<>();
            cells.add(unescape(m.group(1).strip()));
            Matcher v = VALUE.matcher(m.group(2));
            while (v.find()) {
                cells.add(v.group(1));
            }
            out.add(cells.toArray(String[]::new));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String csvLine(String[] cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", out);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
