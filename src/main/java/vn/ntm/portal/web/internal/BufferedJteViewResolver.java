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

    BufferedJteViewResolver(TemplateEngine templates, JteProperties properties) {
        super(templates, properties);
        this.templates = templates;
        setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new BufferedJteView(templates);
    }

    static final class BufferedJteView extends JteView {

        private final TemplateEngine templates;

        BufferedJteView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                                 HttpServletResponse response) throws Exception {
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
