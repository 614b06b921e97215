package vn.ntm.portal.news.editorial;

/** What a role may do in a category: write (authors), review (approve/return), publish (schedule, publish, take down). */
public enum Capability {
    WRITE, REVIEW, PUBLISH
}
