package vn.ntm.portal.training.imports;

/**
 * A registration Zoom people may be matched to, as the caller loads it.
 *
 * @param email as registered, or null
 * @param phone as registered (any form; normalised here), or null
 * @param provinceCode the registration's province code, or null
 */
public record Candidate(long id, String fullName, String email, String phone, String provinceCode) {
}
