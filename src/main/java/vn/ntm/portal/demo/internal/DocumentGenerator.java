package vn.ntm.portal.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.ntm.portal.shared.VietnameseText;

/** Generates the documents registry: numbers, issuers, signers and dates that obey the table's rules. */
public final class DocumentGenerator {

    private final WordBank words;
    private final Map<String, List<String>> abstracts = Sections.load("demo/documents.txt");
    private final Map<String, String> typeNames;
    private final RandomGenerator random;
    private final Set<String> numbers = new HashSet<>();

    /** @param typeNames document_type code → name, e.g. "cong-van" → "Công văn" */
    public DocumentGenerator(WordBank words, Map<String, String> typeNames, long seed) {
        this.words = words;
        this.typeNames = typeNames;
        this.random = new Random(seed);
    }

    /** {@code count} documents issued over the last five years up to {@code today}, oldest first. */
    public List<DemoDocument> generate(int count, LocalDate today) {
        LocalDate first = today.minusYears(5);
        long span = ChronoUnit.DAYS.between(first, today);
        List<DemoDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate issued = workingDay(first.plusDays((long) ((i + random.nextDouble()) / count * span)), today);
            docs.add(document(pickType(), issued));
        }
        return docs;
    }

    private DemoDocument document(String type, LocalDate issued) {
        DocumentIssuers.Issuer issuer = StoryWriter.pick(random, DocumentIssuers.BY_TYPE.get(type));
        boolean renamed = !issued.isBefore(LocalDate.of(2025, 3, 1));
        String symbol = renamed ? issuer.symbol() : issuer.symbolBefore2025();
        String number;
        int tries = 0;
        do {
            // large demo sets (the search benchmark's 20,000) run out of small numbers: widen the range then
            int n = DocumentIssuers.yearly(symbol) && tries < 20 ? 1 + random.nextInt(90)
                    : 100 + random.nextInt(8900 + (tries < 20 ? 0 : tries * 1000));
            tries++;
            number = symbol.replace("{n}", Integer.toString(n)).replace("{y}", Integer.toString(issued.getYear()))
                    .replace("{k}", Integer.toString(1 + random.nextInt(5)));
        } while (!numbers.add(number));
        Filler filler = new Filler(Map.of("nam", Integer.toString(issued.getYear()),
                "nam_sau", Integer.toString(issued.getYear() + 1), "nam_truoc", Integer.toString(issued.getYear() - 1)), random);
        String abstractText = filler.fill(StoryWriter.pick(random, abstracts.get(type)));
        LocalDate effective = switch (type) {
            case "nghi-dinh", "thong-tu" -> issued.plusDays(45);
            case "quyet-dinh" -> DocumentIssuers.yearly(symbol) ? issued.plusDays(10) : issued;
            default -> issued;
        };
        String typeName = typeNames.getOrDefault(type, "Văn bản");
        String body = renamed ? issuer.body() : issuer.bodyBefore2025();
        return new DemoDocument(VietnameseText.slug(typeName + " " + number + " " + firstWords(abstractText, 8)),
                number, type, abstractText, fullText(abstractText), body, words.person(random).name(),
                issuer.signerPosition(), issued, effective, expiry(type, abstractText, issued, effective),
                20 + random.nextInt(3000), random.nextInt(600));
    }

    /** Yearly plans lapse at the end of their year; some regulations after a few years; most never. */
    private LocalDate expiry(String type, String abstractText, LocalDate issued, LocalDate effective) {
        LocalDate end = null;
        if (type.equals("ke-hoach") && abstractText.contains("năm " + issued.getYear())) {
            end = LocalDate.of(issued.getYear(), 12, 31);
        } else if ((type.equals("quyet-dinh") || type.equals("chi-thi")) && random.nextInt(100) < 25) {
            end = effective.plusYears(2 + random.nextInt(3));
        }
        return end != null && end.isAfter(effective) && end.isAfter(issued) ? end : null;
    }

    private static String fullText(String abstractText) {
        return "(Văn bản mẫu phục vụ trình diễn Cổng thông tin, không có giá trị pháp lý.)\n\n"
                + "Căn cứ chức năng, nhiệm vụ được giao và tình hình thực tế của địa phương;\n\n"
                + abstractText + ".\n\n"
                + "Đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện; trong quá trình thực hiện "
                + "nếu có khó khăn, vướng mắc, kịp thời phản ánh về Văn phòng Điều phối nông thôn mới tỉnh để tổng hợp, báo cáo.";
    }

    private String pickType() {
        int sum = DocumentIssuers.TYPE_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(sum);
        for (String type : DocumentIssuers.TYPE_ORDER) {
            pick -= DocumentIssuers.TYPE_WEIGHTS.get(type);
            if (pick < 0) {
                return type;
            }
        }
        return "cong-van";
    }

    /** Offices issue on working days: a weekend date moves to the Friday before. */
    private static LocalDate workingDay(LocalDate day, LocalDate today) {
        LocalDate d = day.isAfter(today) ? today : day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static String firstWords(String text, int n) {
        String[] w = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }
}
