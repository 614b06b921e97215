/**
 * Back-office accounts: users, roles, per-category permissions, sign-in, sessions and the admin shell
 * (layout frame, menu, dashboard). Other modules use {@link vn.ntm.portal.accounts.AccountsApi},
 * {@link vn.ntm.portal.accounts.AdminShell}, {@link vn.ntm.portal.accounts.Roles} and the other types
 * of this package; storage and security configuration live in {@code internal}, screens in {@code web}.
 */
package vn.ntm.portal.accounts;
