package vn.ntm.portal.training.domain;

/** A co-organising body with its logo (a path under /uploads/, or null). */
public record Coorganiser(long id, long programmeId, String name, String logoPath, String website, int position) {
}
