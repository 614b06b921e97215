package vn.ntm.portal.search.web;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.portal.search.internal.HighlightPart;
import vn.ntm.portal.search.internal.SearchRequest;
import vn.ntm.portal.search.internal.SearchService;
import vn.ntm.portal.web.Crumb;
import vn.ntm.portal.web.PageMeta;
import vn.ntm.portal.web.UserInputException;

/**
 * For the benchmark only ({@code ntm.search.naive-endpoint=true}; otherwise this controller does not exist and the
 * path is a 404): the same query answered by the database, rendered in the same results page, so
 * {@code bench/search.sh} can put the Lucene search next to what a portal without a search engine would do.
 * {@code engine=ilike} (default): {@code ILIKE '%text%'} over titles and bodies, newest 10; {@code engine=pgfts}:
 * PostgreSQL full-text search ranked by {@code ts_rank}, which needs the {@code bench_tsv} columns and GIN indexes
 * that the benchmark script creates (see {@code bench/search.sh}).
 */
@Controller
@ConditionalOnProperty(name = "ntm.search.naive-endpoint", havingValue = "true")
class NaiveSearchController {

    private static final String ILIKE = """
            SELECT kind, title, url, published FROM (
              (SELECT 'bai-viet' AS kind, title, '/tin-tuc/' || slug || '-' || id AS url, published_at AS published
                 FROM article WHERE status = 'PUBLISHED' AND (title ILIKE :p OR lead ILIKE :p OR body_html ILIKE :p)
                ORDER BY published_at DESC LIMIT 10)
              UNION ALL
              (SELECT 'van-ban', number_symbol || ': ' || abstract, '/van-ban/' || slug || '-' || id,
                      issued_on::timestamptz
                 FROM legal_document WHERE published AND (title ILIKE :p OR abstract ILIKE :p OR full_text ILIKE :p)
                ORDER BY issued_on DESC LIMIT 10)
            ) u ORDER BY published DESC LIMIT 10""";

    private static final String PGFTS = """
            SELECT kind, title, url, published FROM (
              (SELECT 'bai-viet' AS kind, title, '/tin-tuc/' || slug || '-' || id AS url, published_at AS published,
                      ts_rank(bench_tsv, q) AS rank
                 FROM article, plainto_tsquery('simple', document_fold(:q)) q
                WHERE status = 'PUBLISHED' AND bench_tsv @@ q ORDER BY rank DESC LIMIT 10)
              UNION ALL
              (SELECT 'van-ban', number_symbol || ': ' || abstract, '/van-ban/' || slug || '-' || id, issued_on::timestamptz,
                      ts_rank(bench_tsv, q)
                 FROM legal_document, plainto_tsquery('simple', document_fold(:q)) q
                WHERE published AND bench_tsv @@ q ORDER BY 5 DESC LIMIT 10)
            ) u ORDER BY rank DESC LIMIT 10""";

    private final JdbcClient jdbc;

    NaiveSearchController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/tim-kiem/ilike")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "engine", defaultValue = "ilike") String engine, Model model) {
        var text = SearchRequest.parse(q);
        String plain = text.text().replace('"', ' ').strip();
        List<SearchService.Hit> hits;
        if (plain.isEmpty()) {
            hits = List.of();
        } else if ("ilike".equals(engine)) {
            String pattern = "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            hits = jdbc.sql(ILIKE).param("p", pattern).query((rs, i) -> hit(rs)).list();
        } else if ("pgfts".equals(engine)) {
            hits = jdbc.sql(PGFTS).param("q", plain).query((rs, i) -> hit(rs)).list();
        } else {
            throw new UserInputException(400, "engine phải là ilike hoặc pgfts.");
        }
        SearchPage view = new SearchPage(text.text(), null, null, null, null, true, List.of(), false, List.of(), List.of(),
                new SearchService.Results(hits, hits.size(), false, 1, 1), "/tim-kiem/ilike");
        model.addAttribute("meta", PageMeta.of("Tìm kiếm (so sánh)", null, null, List.of(Crumb.here("Tìm kiếm"))).hiddenFromSearch());
        model.addAttribute("search", view);
        return "search/results";
    }

    private static SearchService.Hit hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        String kind = rs.getString("kind");
        return new SearchService.Hit(kind, "bai-viet".equals(kind) ? "Bài viết" : "Văn bản", null, rs.getString("url"),
                rs.getTimestamp("published").toInstant(), null, List.of(new HighlightPart(rs.getString("title"), false)), List.of());
    }
}
