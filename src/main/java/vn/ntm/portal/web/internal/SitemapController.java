package vn.ntm.portal.web.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.Xml;
import vn.ntm.portal.web.NotFoundException;
import vn.ntm.portal.web.SitemapSource;

/** {@code sitemap.xml} as an index of slices of at most 10,000 URLs each, and {@code robots.txt}. */
@RestController
class SitemapController {

    static final int SLICE = 10_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final List<SitemapSource> sources;
    private final LayoutService layouts;

    SitemapController(List<SitemapSource> sources, LayoutService layouts) {
        this.sources = sources;
        this.layouts = layouts;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapSource source : sources) {
            long slices = Math.max(1, (source.size() + SLICE - 1) / SLICE);
            for (long i = 1; i <= slices; i++) {
                sb.append("<sitemap><loc>").append(layouts.baseUrl()).append("/sitemap/").append(source.name())
                        .append('-').append(i).append(".xml</loc></sitemap>\n");
            }
        }
        return ResponseEntity.ok().contentType(XML).body(sb.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemap/{name}-{slice:\\d{1,6}}.xml")
    ResponseEntity<String> slice(@PathVariable String name, @PathVariable int slice) {
        SitemapSource source = sources.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Không có sơ đồ trang này."));
        if (slice < 1) {
            throw new NotFoundException("Không có sơ đồ trang này.");
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapSource.Entry e : source.entries((long) (slice - 1) * SLICE, SLICE)) {
            sb.append("<url><loc>").append(layouts.baseUrl()).append(Xml.escape(e.path())).append("</loc>");
            if (e.lastModified() != null) {
                sb.append("<lastmod>").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.lastModified().atZone(VietnameseFormat.ZONE)))
                        .append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        return ResponseEntity.ok().contentType(XML).body(sb.append("</urlset>\n").toString());
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return "User-agent: *\nDisallow: /quan-tri/\nDisallow: /*/in$\nSitemap: " + layouts.baseUrl() + "/sitemap.xml\n";
    }
}
