package vn.ntm.portal.news.web.admin;

/** A refusal or notice page of the back office with a way back. */
public record MessageView(String title, String message, String backPath) {
}
