package vn.ntm.portal.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;

/**
 * HTML rendered once by our own templates (already escaped) and shown on many pages, such as the sidebar: kept
 * as UTF-8 bytes too, so a page writes them as they are instead of encoding the same Vietnamese text again on
 * every request.
 */
public final class PrerenderedHtml implements Content {

    private final byte[] utf8;

    public PrerenderedHtml(String html) {
        this.utf8 = html == null ? new byte[0] : html.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }

    @Override
    public boolean isEmptyContent() {
        return utf8.length == 0;
    }
}
