package vn.ntm.portal.siteadmin.web;

/** A sidebar block as listed: {@code installed} when a module provides it (a row alone renders nothing). */
public record BlockRow(String code, String name, int position, boolean enabled, boolean installed) {
}
