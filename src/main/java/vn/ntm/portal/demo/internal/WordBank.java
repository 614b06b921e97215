package vn.ntm.portal.demo.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The word lists of {@code demo/words.txt}: places, products, names, posts, sources, tags. */
public final class WordBank {

    /** A district-level unit and its communes; {@code kind} is "huyện", "thị xã" or "thành phố". */
    public record District(String kind, String name, List<String> communes) {

        /** "huyện Hương Khê", as it reads inside a sentence. */
        public String display() {
            return kind + " " + name;
        }
    }

    private final Map<String, List<String>> sections;
    private final List<District> districts;

    private WordBank(Map<String, List<String>> sections) {
        this.sections = sections;
        this.districts = list("districts").stream().map(WordBank::district).toList();
    }

    public static WordBank load() {
        return new WordBank(Sections.load("demo/words.txt"));
    }

    public List<String> list(String section) {
        List<String> values = sections.get(section);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("No word list [" + section + "]");
        }
        return values;
    }

    public String pick(RandomGenerator random, String section) {
        List<String> values = list(section);
        return values.get(random.nextInt(values.size()));
    }

    public List<District> districts() {
        return districts;
    }

    /** A full Vietnamese name; female names take "bà", male ones "ông". */
    public Person person(RandomGenerator random) {
        boolean female = random.nextInt(100) < 40;
        String name = pick(random, "family") + " "
                + pick(random, female ? "middle-female" : "middle-male") + " "
                + pick(random, female ? "given-female" : "given-male");
        return new Person(name, female ? "bà" : "ông");
    }

    public record Person(String name, String title) {
    }

    private static District district(String line) {
        String[] parts = line.split("\\|");
        if (parts.length != 3) {
            throw new IllegalStateException("District line needs kind|name|communes: " + line);
        }
        List<String> communes = Arrays.stream(parts[2].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new District(parts[0].strip(), parts[1].strip(), communes);
    }
}
