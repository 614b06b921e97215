package vn.ntm.portal.qa.web;

/** The holiday form as typed, shown back after a refusal. */
public record HolidayForm(String from, String to, String name, boolean approximate) {
}
