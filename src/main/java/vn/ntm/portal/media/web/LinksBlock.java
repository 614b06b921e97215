package vn.ntm.portal.media.web;

import gg.jte.Content;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.Blocks;
import vn.ntm.portal.web.SidebarBlock;

/** Image links to other agencies, shown within their start and end dates. */
@Component
class LinksBlock implements SidebarBlock {

    private final JdbcClient jdbc;
    private final Blocks blocks;

    LinksBlock(JdbcClient jdbc, Blocks blocks) {
        this.jdbc = jdbc;
        this.blocks = blocks;
    }

    @Override
    public String code() {
        return "media.links";
    }

    @Override
    public Content render() {
        List<LinkBanner> links = jdbc.sql("SELECT id, title, url, image_path, image_alt FROM link_banner"
                        + " WHERE (starts_on IS NULL OR starts_on <= current_date) AND (ends_on IS NULL OR ends_on >= current_date)"
                        + " ORDER BY position, id")
                .query((rs, i) -> new LinkBanner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        return links.isEmpty() ? null : blocks.template("media/links-block.jte", links);
    }
}
