package vn.ntm.portal.web.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders jte templates into one UTF-8 buffer and writes it in a single call with its length.
 * The starter's view writes each template fragment through the response's PrintWriter, which the
 * security filters wrap; on a 40 KB page that cost more than rendering itself.
 */
@Component
class BufferedJteViewResolver extends JteViewResolver {

    private final TemplateEngine templates;
    private final LayoutService layouts;

    BufferedJteViewResolver(TemplateEngine templates, JteProperties properties, LayoutService layouts) {
        super(templates, properties);
        this.templates = templates;
        this.layouts = layouts;
        setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new BufferedJteView(templates, layouts);
    }

    /**
     * Also gives every page template its {@code layout} (when the handler did not): here, rather than as a model
     * attribute of a controller advice, so that requests that render no page (redirects, downloads, JSON) do not pay
     * for it; Spring builds the advice's handler method anew on every request.
     */
    static final class BufferedJteView extends JteView {

        private final TemplateEngine templates;
        private final LayoutService layouts;

        BufferedJteView(TemplateEngine templates, LayoutService layouts) {
            super(templates);
            this.templates = templates;
            this.layouts = layouts;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                                 HttpServletResponse response) throws Exception {
            model.putIfAbsent("layout", layouts.layout());
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(output.getContentLength());
            // room for the whole page, so the container sends it in one write
            response.setBufferSize(Math.max(output.getContentLength(), response.getBufferSize()));
            // the output holds many small chunks: join them here, because every write to the response goes
            // through the security filters' wrappers (a content-length check and buffer-size calls each time)
            response.getOutputStream().write(output.toByteArray());
        }
    }
}
