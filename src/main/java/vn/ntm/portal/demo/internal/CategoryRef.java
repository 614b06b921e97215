package vn.ntm.portal.demo.internal;

import java.util.List;

/** A category as stored: its id, its plan entry, and the ids of its related categories. */
public record CategoryRef(long id, CategoryPlan.Spec spec, List<Long> relatedIds) {
}
