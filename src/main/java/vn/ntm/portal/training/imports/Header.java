package vn.ntm.portal.training.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A header row resolved to canonical fields once, so that rows are read by pre-resolved index. Headers that are no
 * known field (custom registration questions, new platform columns) are kept as {@link #extras()} with their original
 * text; empty trailing headers are ignored.
 *
 * @param <F> the format's field enum
 */
final class Header<F extends Enum<F>> {

    /** A column that is no known field. */
    record Extra(int index, String original) {
    }

    private final int row;
    private final Map<F, Integer> indexes;
    private final Map<F, String> originals;
    private final List<Extra> extras;

    private Header(int row, Map<F, Integer> indexes, Map<F, String> originals, List<Extra> extras) {
        this.row = row;
        this.indexes = indexes;
        this.originals = originals;
        this.extras = extras;
    }

    /** The header in {@code cells} (spreadsheet row {@code row}) matched against {@code aliases} (normalised → field). */
    static <F extends Enum<F>> Header<F> of(int row, String[] cells, Class<F> type, Map<String, F> aliases) {
        Map<F, Integer> indexes = new EnumMap<>(type);
        Map<F, String> originals = new EnumMap<>(type);
        List<Extra> extras = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String original = cells[i].strip();
            String key = HeaderNames.normalise(original);
            if (key.isEmpty()) {
                continue;
            }
            F field = aliases.get(key);
            if (field != null && !indexes.containsKey(field)) {
                indexes.put(field, i);
                originals.put(field, original);
            } else {
                extras.add(new Extra(i, original));
            }
        }
        return new Header<>(row, indexes, originals, Collections.unmodifiableList(extras));
    }

    /** True when at least {@code minimum} of the cells are known headers: tells a header row from a data row. */
    static <F extends Enum<F>> boolean looksLikeHeader(String[] cells, Map<String, F> aliases, int minimum) {
        int known = 0;
        for (String cell : cells) {
            if (aliases.containsKey(HeaderNames.normalise(cell))) {
                known++;
            }
        }
        return known >= minimum;
    }

    int row() {
        return row;
    }

    /** The column of {@code field}, or -1. */
    int index(F field) {
        Integer i = indexes.get(field);
        return i == null ? -1 : i;
    }

    boolean has(F field) {
        return indexes.containsKey(field);
    }

    /** The header as the file wrote it, or null. */
    String original(F field) {
        return originals.get(field);
    }

    List<Extra> extras() {
        return extras;
    }

    /** The required fields this header lacks, in declaration order. */
    List<F> missing(Set<F> required) {
        return required.stream().filter(f -> !indexes.containsKey(f)).sorted().toList();
    }

    /** "Dòng 3: thiếu cột bắt buộc "Join Time", "Leave Time"." for the missing fields, named by {@code label}. */
    ImportError missingError(List<F> missing, java.util.function.Function<F, String> label) {
        String names = String.join(", ", missing.stream().map(f -> "\"" + label.apply(f) + "\"").toList());
        return ImportError.atRow(row, "thiếu cột bắt buộc " + names + ".");
    }

    @Override
    public String toString() {
        return "Header" + Arrays.toString(indexes.entrySet().toArray());
    }
}
