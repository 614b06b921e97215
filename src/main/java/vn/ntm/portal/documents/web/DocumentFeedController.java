package vn.ntm.portal.documents.web;

import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ntm.portal.documents.domain.DocumentStore;
import vn.ntm.portal.documents.domain.LegalDocument;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.Xml;
import vn.ntm.portal.web.SiteSettings;

/** RSS 2.0 feed of the newest published documents. */
@RestController
class DocumentFeedController {

    static final int ITEMS = 30;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final DocumentStore documents;
    private final SiteSettings settings;
    private final String baseUrl;

    DocumentFeedController(DocumentStore documents, SiteSettings settings, @Value("${ntm.public-url:http://localhost:8080}") String baseUrl) {
        this.documents = documents;
        this.settings = settings;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping("/van-ban/rss.xml")
    ResponseEntity<String> feed() {
        StringBuilder sb = new StringBuilder(16_384).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\"><channel>\n")
                .append("<title>").append(Xml.escape(settings.identity().shortName() + " - Văn bản ban hành")).append("</title>\n")
                .append("<link>").append(Xml.escape(baseUrl + "/van-ban")).append("</link>\n")
                .append("<description>").append(Xml.escape("Văn bản ban hành - " + settings.identity().name())).append("</description>\n")
                .append("<language>vi</language>\n");
        for (LegalDocument d : documents.latest(0, ITEMS)) {
            String url = baseUrl + d.path();
            sb.append("<item><title>").append(Xml.escape(d.heading())).append("</title>")
                    .append("<link>").append(Xml.escape(url)).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(Xml.escape(url)).append("</guid>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            d.issuedOn().atTime(8, 0).atZone(VietnameseFormat.ZONE))).append("</pubDate>")
                    .append("<category>").append(Xml.escape(d.typeName())).append("</category>")
                    .append("<description>").append(Xml.escape(d.abstractText())).append("</description></item>\n");
        }
        return ResponseEntity.ok().contentType(RSS).body(sb.append("</channel></rss>\n").toString());
    }
}
