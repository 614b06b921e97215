package vn.ntm.portal.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.springframework.stereotype.Component;

/** Turns a jte template and its single parameter into {@link Content}, for sidebar blocks. */
@Component
public class Blocks {

    private final TemplateEngine templates;

    Blocks(TemplateEngine templates) {
        this.templates = templates;
    }

    public Content template(String name, Object param) {
        return output -> templates.render(name, param, output);
    }
}
