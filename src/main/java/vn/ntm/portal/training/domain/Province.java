package vn.ntm.portal.training.domain;

/** A province of a given version (2004: the 63 old units; 2025: the 34 new ones). */
public record Province(int version, String code, String name) {
}
