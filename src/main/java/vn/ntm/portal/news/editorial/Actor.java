package vn.ntm.portal.news.editorial;

/** Who does something in the back office: a signed-in user, or the scheduler. */
public record Actor(String id, String name) {

    public static final Actor SCHEDULER = new Actor("he-thong", "Hệ thống (hẹn giờ)");

    public boolean isScheduler() {
        return SCHEDULER.id.equals(id);
    }
}
