package vn.ntm.portal.training.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.ntm.portal.shared.PhoneNumbers;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Matches Zoom people to registrations, in this order:
 * <ol>
 *   <li>e-mail address, case-insensitive;</li>
 *   <li>phone number in {@code +84…} form (the webinar's {@code Phone} column, or a dial-in participant whose Zoom name
 *       is their number);</li>
 *   <li>name, diacritics and case ignored ("Nguyen Van An" = "Nguyễn Văn An"), also with the given name first
 *       ("An Nguyen Van"), also with a trailing suffix cut off after {@code -}, {@code _}, {@code |}, {@code /} or
 *       {@code (} ("Nguyen Van An - Nghe An"), <em>within the same province</em>: the person's
 *       {@link ZoomPerson#provinceCode()}, or, through the optional province resolver, the suffix of their Zoom name.</li>
 * </ol>
 * One registration per step must fit; two or more is {@link ReviewReason#AMBIGUOUS}; a name that fits but no province
 * to check it against is {@link ReviewReason#NO_PROVINCE} (with the candidates as suggestions); nothing is
 * {@link ReviewReason#NOT_FOUND}. Indexes are built once; matching is linear in the number of people.
 */
public final class RegistrationMatcher {

    private final Map<String, List<Candidate>> byEmail = new HashMap<>();
    private final Map<String, List<Candidate>> byPhone = new HashMap<>();
    private final Map<String, List<Candidate>> byName = new HashMap<>();
    private final Function<String, String> provinceResolver;

    public RegistrationMatcher(List<Candidate> candidates) {
        this(candidates, text -> null);
    }

    /**
     * @param provinceResolver free text (a province hint or a name suffix such as "Nghệ An", "Sở NN Hà Tĩnh") → a
     *                         province code, or null when it names none; the caller owns the province list
     */
    public RegistrationMatcher(List<Candidate> candidates, Function<String, String> provinceResolver) {
        this.provinceResolver = provinceResolver;
        for (Candidate c : candidates) {
            if (c.email() != null && !c.email().isBlank()) {
                add(byEmail, c.email().strip().toLowerCase(Locale.ROOT), c);
            }
            PhoneNumbers.normalise(c.phone()).ifPresent(p -> add(byPhone, p, c));
            List<String> words = words(c.fullName());
            if (!words.isEmpty()) {
                String key = String.join(" ", words);
                add(byName, key, c);
                if (words.size() > 1) {
                    String givenFirst = words.get(words.size() - 1) + " " + String.join(" ", words.subList(0, words.size() - 1));
                    if (!givenFirst.equals(key)) {
                        add(byName, givenFirst, c);
                    }
                }
            }
        }
    }

    private static void add(Map<String, List<Candidate>> index, String key, Candidate c) {
        List<Candidate> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(c)) {
            list.add(c);
        }
    }

    public MatchResult match(List<ZoomPerson> people) {
        List<MatchResult.Match> matches = new ArrayList<>();
        List<MatchResult.Review> review = new ArrayList<>();
        for (ZoomPerson p : people) {
            Object outcome = matchOne(p);
            if (outcome instanceof MatchResult.Match m) {
                matches.add(m);
            } else {
                review.add((MatchResult.Review) outcome);
            }
        }
        return new MatchResult(matches, review);
    }

    private Object matchOne(ZoomPerson p) {
        if (p.email() != null && !p.email().isBlank()) {
            List<Candidate> hits = byEmail.get(p.email().strip().toLowerCase(Locale.ROOT));
            if (hits != null) {
                return decide(p, hits, MatchMethod.EMAIL);
            }
        }
        String phone = phoneOf(p);
        if (phone != null) {
            List<Candidate> hits = byPhone.get(phone);
            if (hits != null) {
                return decide(p, hits, MatchMethod.PHONE);
            }
        }
        Set<Candidate> named = new LinkedHashSet<>();
        String suffix = null;
        for (String name : new String[] {p.name(), p.originalName()}) {
            if (name == null) {
                continue;
            }
            List<Candidate> hits = byName.get(String.join(" ", words(name)));
            if (hits == null) {
                int cut = suffixStart(name);
                if (cut > 0) {
                    hits = byName.get(String.join(" ", words(name.substring(0, cut))));
                    if (hits != null && suffix == null) {
                        suffix = name.substring(cut + 1).strip();
                    }
                }
            }
            if (hits != null) {
                named.addAll(hits);
            }
        }
        if (named.isEmpty()) {
            return new MatchResult.Review(p, ReviewReason.NOT_FOUND, List.of());
        }
        String province = p.provinceCode() != null ? resolve(p.provinceCode()) : suffix == null ? null : provinceResolver.apply(suffix);
        List<Long> suggestions = named.stream().map(Candidate::id).toList();
        if (province == null) {
            return new MatchResult.Review(p, ReviewReason.NO_PROVINCE, suggestions);
        }
        List<Candidate> inProvince = named.stream().filter(c -> province.equals(c.provinceCode())).toList();
        if (inProvince.isEmpty()) {
            return new MatchResult.Review(p, ReviewReason.NOT_FOUND, suggestions);
        }
        return decide(p, inProvince, MatchMethod.NAME);
    }

    /** A hint that is already a code stays; otherwise the resolver reads it. */
    private String resolve(String hint) {
        String resolved = provinceResolver.apply(hint);
        return resolved != null ? resolved : hint.strip();
    }

    private static Object decide(ZoomPerson p, List<Candidate> hits, MatchMethod method) {
        if (hits.size() == 1) {
            return new MatchResult.Match(p, hits.get(0).id(), method);
        }
        return new MatchResult.Review(p, ReviewReason.AMBIGUOUS, hits.stream().map(Candidate::id).toList());
    }

    private static String phoneOf(ZoomPerson p) {
        if (p.phone() != null) {
            String n = PhoneNumbers.normalise(p.phone()).orElse(null);
            if (n != null) {
                return n;
            }
        }
        String name = p.name();
        if (name != null && !name.isEmpty() && (Character.isDigit(name.charAt(0)) || name.charAt(0) == '+')) {
            return PhoneNumbers.normalise(name).orElse(null);
        }
        return null;
    }

    /** Index of the first separator that starts a suffix (" - ", "_", "|", "/", "("), or -1. */
    static int suffixStart(String name) {
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '|' || c == '/' || c == '(' || c == '-' && (name.charAt(i - 1) == ' ' || i + 1 < name.length() && name.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    /** Folded lower-case words of a name, punctuation dropped. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>(4);
        if (name == null) {
            return out;
        }
        String folded = VietnameseText.fold(VietnameseText.nfc(name)).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c != '\'' && c != '.' || i == folded.length()) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        return out;
    }
}
