package vn.ntm.portal.training.domain;

/** An enum with its Vietnamese label. */
public interface Labelled {

    String name();

    String label();

    /** The constant named {@code code}, or null. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code.strip())) {
                return e;
            }
        }
        return null;
    }
}
