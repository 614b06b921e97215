package vn.ntm.portal.qa.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.portal.feedback.HelpfulTarget;
import vn.ntm.portal.qa.domain.Question;
import vn.ntm.portal.qa.internal.QaStore;

/** Published answers take "Thông tin này có hữu ích không?" votes, through feedback's one vote endpoint. */
@Component
class QaHelpfulTarget implements HelpfulTarget {

    static final String TYPE = "hoi-dap";

    private final QaStore store;

    QaHelpfulTarget(QaStore store) {
        this.store = store;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<String> publicPath(long id) {
        return store.published(id).map(Question::path);
    }
}
