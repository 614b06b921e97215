package vn.ntm.portal.media.web;

import gg.jte.Content;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.portal.web.Blocks;
import vn.ntm.portal.web.SidebarBlock;

/** "Hát về nông thôn mới": songs to play in the page and videos about the programme. */
@Component
class SongsBlock implements SidebarBlock {

    private final JdbcClient jdbc;
    private final Blocks blocks;

    SongsBlock(JdbcClient jdbc, Blocks blocks) {
        this.jdbc = jdbc;
        this.blocks = blocks;
    }

    @Override
    public String code() {
        return "media.songs";
    }

    @Override
    public Content render() {
        List<MediaItem> items = jdbc.sql("SELECT id, title, kind, file_path, embed_url FROM media_item WHERE published"
                        + " ORDER BY position, id LIMIT 6")
                .query((rs, i) -> new MediaItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        return items.isEmpty() ? null : blocks.template("media/songs-block.jte", items);
    }
}
