package vn.ntm.portal.documents.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approval state of a draft, set by the back office: being prepared (not public) → published for comment →
 * closed → adopted (optionally linked to the issued document) or withdrawn. Only a published draft takes comments,
 * and only inside its window.
 */
public enum DraftState {
    PREPARING("dang-soan", "Đang soạn thảo"),
    PUBLISHED("lay-y-kien", "Công bố lấy ý kiến"),
    CLOSED("ket-thuc", "Đã kết thúc lấy ý kiến"),
    ADOPTED("da-ban-hanh", "Đã ban hành"),
    WITHDRAWN("rut-lai", "Đã rút lại");

    private final String code;
    private final String label;

    DraftState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Shown on the public site (a draft being prepared or withdrawn is not). */
    public boolean visible() {
        return this == PUBLISHED || this == CLOSED || this == ADOPTED;
    }

    /** The states this one may move to. */
    public Set<DraftState> next() {
        return switch (this) {
            case PREPARING -> Set.of(PUBLISHED, WITHDRAWN);
            case PUBLISHED -> Set.of(CLOSED, WITHDRAWN, PREPARING);
            case CLOSED -> Set.of(ADOPTED, WITHDRAWN, PUBLISHED);
            case ADOPTED -> Set.of(CLOSED);
            case WITHDRAWN -> Set.of(PREPARING);
        };
    }

    /** {@link #next()} in declaration order, for the form's select. */
    public List<DraftState> nextInOrder() {
        return Arrays.stream(values()).filter(next()::contains).toList();
    }

    public static Optional<DraftState> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The states visible on the public site, as SQL literals. */
    static final String VISIBLE_SQL = "('PUBLISHED', 'CLOSED', 'ADOPTED')";
}
