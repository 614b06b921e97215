package vn.ntm.portal.demo.internal;

import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {placeholder}}s of a template. Names (places, people, products, the year) come from the
 * story's fixed values so one article stays coherent; numbers are drawn fresh at each use.
 */
public final class Filler {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)}");
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final Map<String, String> fixed;
    private final RandomGenerator random;

    public Filler(Map<String, String> fixed, RandomGenerator random) {
        this.fixed = fixed;
        this.random = random;
    }

    public String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(out);
        return capitalizeSentences(out.toString());
    }

    private String value(String key) {
        String v = fixed.get(key);
        if (v != null) {
            return v;
        }
        return switch (key) {
            case "so" -> Integer.toString(between(2, 9));
            case "chuc" -> Integer.toString(between(12, 68));
            case "tram" -> Integer.toString(between(12, 95) * 10);
            case "pt" -> Integer.toString(between(62, 98));
            case "pt_nho" -> Integer.toString(between(8, 35));
            case "ha" -> Integer.toString(between(5, 300));
            case "trieu" -> Integer.toString(between(42, 78));
            case "ty" -> between(2, 95) + "," + between(1, 9);
            case "km" -> between(1, 18) + "," + between(1, 9);
            case "sao" -> random.nextInt(100) < 70 ? "3" : "4";
            case "dot" -> Integer.toString(between(1, 3));
            case "quy" -> QUARTERS[random.nextInt(4)];
            default -> throw new IllegalArgumentException("Unknown placeholder {" + key + "}");
        };
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /**
     * Upper-cases the first letter of the text and of each sentence, because a template may start a
     * sentence with a placeholder whose value is lower case ("ông", "bưởi Phúc Trạch", "huyện ...").
     */
    static String capitalizeSentences(String text) {
        char[] chars = text.toCharArray();
        boolean start = true;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (start && Character.isLetter(c)) {
                chars[i] = Character.toUpperCase(c);
                start = false;
            } else if (c == '.' || c == '!' || c == '?') {
                start = i + 1 < chars.length && chars[i + 1] == ' ';
            } else if (c == '“') {
                // a quotation that opens a sentence (“...” after a colon) starts with a capital
                start = i == 0 || (i >= 2 && chars[i - 1] == ' ' && chars[i - 2] == ':');
            } else if (c != ' ' && c != '(') {
                start = false;
            }
        }
        return new String(chars);
    }
}
