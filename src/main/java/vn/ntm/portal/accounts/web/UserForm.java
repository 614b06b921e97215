package vn.ntm.portal.accounts.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.ntm.portal.accounts.CategoryAction;

/**
 * A user as the edit form shows and submits it, also the before/after of the audit entry.
 * Permission check boxes are named {@code quyen-<categoryId>-<ACTION>}.
 */
public record UserForm(String username, String email, String displayName, boolean enabled, Set<String> roles,
                Map<Long, Set<CategoryAction>> permissions) {

    static final String PERMISSION_PREFIX = "quyen-";

    static UserForm from(Map<String, String[]> params, String username) {
        Set<String> roles = new TreeSet<>(List.of(params.getOrDefault("roles", new String[0])));
        Map<Long, Set<CategoryAction>> permissions = new TreeMap<>();
        for (String name : params.keySet()) {
            if (name.startsWith(PERMISSION_PREFIX)) {
                String[] parts = name.substring(PERMISSION_PREFIX.length()).split("-", 2);
                try {
                    long category = Long.parseLong(parts[0]);
                    CategoryAction action = CategoryAction.valueOf(parts[1]);
                    permissions.computeIfAbsent(category, c -> EnumSet.noneOf(CategoryAction.class)).add(action);
                } catch (RuntimeException e) {
                    // a box we did not render: ignore it
                }
            }
        }
        return new UserForm(username, value(params, "email"), value(params, "displayName"),
                params.containsKey("enabled"), roles, permissions);
    }

    static UserForm empty() {
        return new UserForm("", "", "", true, Set.of(), Map.of());
    }

    public boolean allowed(long categoryId, CategoryAction action) {
        return permissions.getOrDefault(categoryId, Set.of()).contains(action);
    }

    /** For the audit log: permissions by category id as text. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("email", email);
        m.put("displayName", displayName);
        m.put("enabled", enabled);
        m.put("roles", new TreeSet<>(roles));
        Map<String, Object> p = new TreeMap<>();
        permissions.forEach((k, v) -> p.put(String.valueOf(k), new TreeSet<>(v)));
        m.put("permissions", p);
        return m;
    }

    private static String value(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? "" : v[0].strip();
    }
}
