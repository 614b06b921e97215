package vn.ntm.portal.news.editorial;

/** Whether a user holds a capability in a category; the roles and grants behind it live elsewhere. */
public interface EditorialPermissions {

    boolean can(String userId, long categoryId, Capability capability);

    /** Administrators: every category, every step, everyone's articles. */
    boolean isAdministrator(String userId);

    /** The categories where the user holds the capability (for administrators: ask {@link #isAdministrator} first). */
    java.util.Set<Long> categoriesWith(String userId, Capability capability);
}
