package vn.ntm.portal.web.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import gg.jte.Content;
import gg.jte.output.StringOutput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ntm.portal.web.Layout;
import vn.ntm.portal.web.PrerenderedHtml;
import vn.ntm.portal.web.MenuItem;
import vn.ntm.portal.web.PageFrame;
import vn.ntm.portal.web.SidebarBlock;
import vn.ntm.portal.web.SiteSettings;

/**
 * Assembles the site frame. The menu and the rendered sidebar are cached for two seconds, so a page
 * costs no database work for its frame while counters in the sidebar stay nearly live; a menu change
 * on this node drops the cache at once ({@link #refresh()}).
 */
@Service
class LayoutService implements PageFrame {

    private static final Logger log = LoggerFactory.getLogger(LayoutService.class);

    private final SiteSettings settings;
    private final SiteMenuService menu;
    private final Map<String, SidebarBlock> blocks;
    private final JdbcClient jdbc;
    private final String baseUrl;
    private final LoadingCache<String, Frame> frame;
    private final AtomicLong versions = new AtomicLong();

    LayoutService(SiteSettings settings, SiteMenuService menu, List<SidebarBlock> blocks,
                  JdbcClient jdbc, @Value("${ntm.public-url:http://localhost:8080}") String baseUrl) {
        this.settings = settings;
        this.menu = menu;
        this.blocks = blocks.stream().collect(Collectors.toMap(SidebarBlock::code, Function.identity()));
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.frame = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(2)).build(k -> buildFrame());
        menu.onChange(this::refresh);
    }

    @Override
    public Layout layout() {
        return frame.get("frame").layout();
    }

    @Override
    public long version() {
        return frame.get("frame").version();
    }

    /** Drops the cached frame, so the next page on this node is built with the current menu and sidebar. */
    void refresh() {
        frame.invalidateAll();
    }

    String baseUrl() {
        return baseUrl;
    }

    private Frame buildFrame() {
        List<MenuItem> items = menu.merged();
        return new Frame(new Layout(settings.identity(), items, new PrerenderedHtml(renderSidebar()), baseUrl), versions.incrementAndGet());
    }

    private String renderSidebar() {
        List<String> codes = jdbc.sql("SELECT code FROM sidebar_block WHERE enabled ORDER BY position, code")
                .query(String.class).list();
        StringOutput out = new StringOutput(8192);
        for (String code : codes) {
            SidebarBlock block = blocks.get(code);
            if (block == null) {
                continue;
            }
            try {
                Content content = block.render();
                if (content != null) {
                    content.writeTo(out);
                }
            } catch (RuntimeException e) {
                // one broken block must not take the whole site down
                log.error("Sidebar block {} failed to render", code, e);
            }
        }
        return out.toString();
    }

    private record Frame(Layout layout, long version) {
    }
}
