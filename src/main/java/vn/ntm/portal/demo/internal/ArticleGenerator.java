package vn.ntm.portal.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Generates articles one after another, oldest first, from a fixed seed: the same seed, time and count
 * give the same articles. Not thread-safe; one generator per seeding run.
 */
public final class ArticleGenerator {

    private final WordBank words;
    private final TemplateBook book;
    private final StoryWriter writer;
    private final List<CategoryRef> categories;
    private final int[] cumulativeWeight;
    private final List<DemoFile> attachments;
    private final RandomGenerator random;
    private final PublishTimes times;
    private final Instant now;
    private final int total;
    private final Set<String> slugs = new HashSet<>();
    private final Set<String> tagNames;
    private int next;

    public ArticleGenerator(WordBank words, TemplateBook book, List<CategoryRef> categories,
                            List<DemoFile> attachments, long seed, Instant now, int total) {
        this.words = words;
        this.book = book;
        this.writer = new StoryWriter(book);
        this.categories = List.copyOf(categories);
        this.cumulativeWeight = new int[categories.size()];
        int sum = 0;
        for (int i = 0; i < categories.size(); i++) {
            sum += categories.get(i).spec().weight();
            cumulativeWeight[i] = sum;
        }
        this.attachments = attachments;
        this.random = new Random(seed);
        this.times = new PublishTimes(now, total);
        this.now = now;
        this.total = total;
        this.tagNames = Set.copyOf(words.list("tags"));
    }

    public boolean hasNext() {
        return next < total;
    }

    public DemoArticle next() {
        int index = next++;
        Instant at = times.at(index, random);
        LocalDate date = at.atZone(PublishTimes.ZONE).toLocalDate();
        CategoryRef category = pickCategory();
        Topic topic = book.topic(category.spec().topic());
        Map<String, String> context;
        String title;
        String slug;
        int attempt = 0;
        do { // a new story context until the title is new, but give up after a few tries at large scale
            context = StoryContext.create(words, random, date);
            title = new Filler(context, random).fill(StoryWriter.pick(random, topic.titles()));
            slug = VietnameseText.slug(title);
        } while (slugs.contains(slug) && ++attempt < 6);
        slug = uniqueSlug(slug);
        Filler filler = new Filler(context, random);
        String lead = filler.fill(StoryWriter.pick(random, topic.leads()));

        List<ImageCatalog.Image> pictures = StoryWriter.sample(ImageCatalog.images(), 3, random);
        StoryWriter.Figure home = random.nextInt(100) < 88 ? writer.figure(pictures.get(0), filler, random) : null;
        List<StoryWriter.Figure> figures = new ArrayList<>(2);
        figures.add(writer.figure(pictures.get(1), filler, random));
        if (random.nextInt(100) < 45) {
            figures.add(writer.figure(pictures.get(2), filler, random));
        }
        String body = writer.body(topic, filler, random, figures);

        String[] source = random.nextInt(100) < 22 ? words.pick(random, "sources").split("\\|") : null;
        String author = source != null || random.nextInt(100) < 75 ? words.pick(random, "authors") : "";
        String sourceUrl = source == null ? "" : source[1].replace("{slug}", slug)
                .replace("{id}", Integer.toString(100_000 + random.nextInt(900_000)));
        long[] rating = Popularity.rating(random);
        return new DemoArticle(slug, title, lead, body, category.id(), secondary(category), at.atZone(PublishTimes.ZONE).toOffsetDateTime(),
                author, source == null ? "" : source[0], sourceUrl,
                home == null ? null : home.path(), home == null ? "" : home.alt(), home == null ? "" : home.caption(),
                random.nextInt(1000) < 20, Popularity.views(at, now, random), rating[0], rating[1], tags(topic, context, title + body),
                attachment(topic));
    }

    private CategoryRef pickCategory() {
        int pick = random.nextInt(cumulativeWeight[cumulativeWeight.length - 1]);
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (pick < cumulativeWeight[i]) {
                return categories.get(i);
            }
        }
        return categories.get(0);
    }

    private String uniqueSlug(String slug) {
        String candidate = slug;
        for (int n = 2; !slugs.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private Long secondary(CategoryRef category) {
        return category.relatedIds().isEmpty() || random.nextInt(100) >= 20 ? null
                : StoryWriter.pick(random, category.relatedIds());
    }

    private List<String> tags(Topic topic, Map<String, String> context, String text) {
        List<String> tags = new ArrayList<>(4);
        String product = context.get("sp");
        if (tagNames.contains(product) && text.contains(product)) {
            tags.add(product);
        }
        for (String t : StoryWriter.sample(topic.tags(), 1 + random.nextInt(4), random)) {
            if (tags.size() < 4 && !tags.contains(t)) {
                tags.add(t);
            }
        }
        return tags;
    }

    /** Notices and directives often carry a file; other stories rarely do (about 5% overall). */
    private DemoFile attachment(Topic topic) {
        boolean official = topic.key().equals("thong-bao") || topic.key().equals("chi-dao");
        return random.nextInt(1000) < (official ? 300 : 25) && !attachments.isEmpty()
                ? StoryWriter.pick(random, attachments) : null;
    }
}
