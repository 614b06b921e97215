package vn.ntm.portal.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared fixtures: a generator over fake category ids, at a fixed time, with a fixed seed. */
final class Samples {

    static final Instant NOW = Instant.parse("2025-06-18T03:15:00Z"); // 10:15 in Hà Tĩnh, a Wednesday
    static final WordBank WORDS = WordBank.load();
    static final TemplateBook BOOK = TemplateBook.load(CategoryPlan.topicKeys());

    private Samples() {
    }

    static List<CategoryRef> categories() {
        List<CategoryRef> refs = new ArrayList<>();
        List<CategoryPlan.Spec> specs = CategoryPlan.specs();
        for (int i = 0; i < specs.size(); i++) {
            List<Long> related = specs.get(i).related().stream()
                    .map(name -> (long) indexOf(specs, name) + 1).toList();
            refs.add(new CategoryRef(i + 1, specs.get(i), related));
        }
        return refs;
    }

    static List<DemoArticle> articles(long seed, int count) {
        List<DemoFile> files = MediaPlan.ATTACHMENTS.stream()
                .map(a -> new DemoFile(a.fileName(), a.displayName(), 600)).toList();
        ArticleGenerator g = new ArticleGenerator(WORDS, BOOK, categories(), files, seed, NOW, count);
        List<DemoArticle> out = new ArrayList<>(count);
        while (g.hasNext()) {
            out.add(g.next());
        }
        return out;
    }

    private static int indexOf(List<CategoryPlan.Spec> specs, String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
