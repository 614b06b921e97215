package vn.ntm.portal.qa;

/** The role this module adds (table {@code role}, migration V16). */
public final class QaRoles {

    /** Cán bộ trả lời hỏi đáp: works on citizens' questions and drafts answers; administrators approve them. */
    public static final String HANDLER = "HOI_DAP";

    private QaRoles() {
    }
}
