package vn.ntm.portal.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    /** Letters only Vietnamese writes: a generated text without any of them lost its accents somewhere. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");
    private static final Pattern FIGURE = Pattern.compile(
            "<figure><img src=\"/uploads/demo/anh-\\d\\d-[a-z]+\\.jpg\" alt=\"[^\"]{10,}\"[^>]*><figcaption>[^<]{10,}</figcaption></figure>");

    private static List<DemoArticle> articles;

    @BeforeAll
    static void generate() {
        articles = Samples.articles(42, 2_000);
    }

    @Test
    void textIsVietnameseInNfcWithNoPlaceholderLeft() {
        for (DemoArticle a : articles) {
            for (String text : List.of(a.title(), a.lead(), a.bodyHtml(), a.imageAlt(), a.imageCaption())) {
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue();
                assertThat(text).doesNotContain("{", "}");
            }
            assertThat(VIETNAMESE.matcher(a.title().toLowerCase()).find()).as(a.title()).isTrue();
            assertThat(VIETNAMESE.matcher(a.lead().toLowerCase()).find()).as(a.lead()).isTrue();
            int firstLetter = a.title().codePoints().filter(Character::isLetter).findFirst().orElseThrow();
            assertThat(Character.isUpperCase(firstLetter)).as(a.title()).isTrue();
        }
    }

    @Test
    void slugsAreUniqueAndTitlesMostlyDistinct() {
        Set<String> slugs = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (DemoArticle a : articles) {
            assertThat(slugs.add(a.slug())).as(a.slug()).isTrue();
            assertThat(a.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            titles.add(a.title());
        }
        assertThat(titles.size()).isGreaterThan(articles.size() * 97 / 100);
    }

    @Test
    void bodiesHaveFourToEightParagraphsAndFiguresWithAltText() {
        for (DemoArticle a : articles) {
            int paragraphs = a.bodyHtml().split("<p>", -1).length - 1;
            assertThat(paragraphs).as(a.title()).isBetween(4, 8);
            long figures = FIGURE.matcher(a.bodyHtml()).results().count();
            assertThat(figures).as(a.bodyHtml()).isBetween(1L, 2L);
            assertThat(a.bodyHtml().split("<figure>", -1).length - 1).isEqualTo((int) figures);
        }
        long withImage = articles.stream().filter(a -> a.imagePath() != null).count();
        assertThat(withImage).isBetween(articles.size() * 80L / 100, articles.size() * 95L / 100);
        assertThat(articles).filteredOn(a -> a.imagePath() != null).allSatisfy(a -> {
            assertThat(a.imageAlt()).isNotBlank();
            assertThat(a.imageCaption()).isNotBlank();
        });
    }

    @Test
    void publishedOverFiveYearsAtOfficeHoursNeverInTheFuture() {
        DemoArticle newest = articles.get(articles.size() - 1);
        assertThat(articles).allSatisfy(a -> assertThat(a.publishedAt().toInstant()).isBefore(Samples.NOW));
        assertThat(Duration.between(newest.publishedAt().toInstant(), Samples.NOW)).isLessThan(Duration.ofDays(3));
        assertThat(Duration.between(articles.get(0).publishedAt().toInstant(), Samples.NOW).toDays()).isBetween(1700L, 1830L);
        long officeHours = articles.stream().map(a -> a.publishedAt().atZoneSameInstant(PublishTimes.ZONE).toLocalTime())
                .filter(t -> !t.isBefore(LocalTime.of(7, 0)) && t.isBefore(LocalTime.of(18, 0))).count();
        assertThat(officeHours).isEqualTo(articles.size());
        long lastYear = articles.stream().filter(a -> a.publishedAt().toInstant().isAfter(Samples.NOW.minus(Duration.ofDays(365)))).count();
        assertThat(lastYear).as("recent years have more stories").isGreaterThan(articles.size() / 5);
    }

    @Test
    void metadataHasPlausibleShares() {
        int n = articles.size();
        assertThat(articles.stream().filter(DemoArticle::featured).count()).isBetween(n / 100L, n * 4L / 100);
        assertThat(articles.stream().filter(a -> a.secondaryCategoryId() != null).count()).isBetween(n * 12L / 100, n * 28L / 100);
        assertThat(articles.stream().filter(a -> a.attachment() != null).count()).isBetween(n * 2L / 100, n * 10L / 100);
        assertThat(articles.stream().filter(a -> a.ratingCount() > 0).count()).isBetween(n * 15L / 100, n * 35L / 100);
        assertThat(articles.stream().filter(a -> !a.sourceUrl().isEmpty()).allMatch(a -> a.sourceUrl().startsWith("https://")
                && !a.sourceName().isEmpty() && !a.authorName().isEmpty())).isTrue();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.tags()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
            assertThat(Samples.WORDS.list("tags")).containsAll(a.tags());
            assertThat(a.ratingSum()).isBetween(a.ratingCount(), 5 * a.ratingCount());
            assertThat(a.viewCount()).isNotNegative();
        });
        Set<Long> categories = new HashSet<>();
        articles.forEach(a -> categories.add(a.categoryId()));
        assertThat(categories).hasSize(CategoryPlan.specs().size());
    }

    @Test
    void sameSeedSameArticles() {
        List<DemoArticle> again = Samples.articles(42, 2_000);
        assertThat(again.subList(0, 50)).isEqualTo(articles.subList(0, 50));
        assertThat(Samples.articles(43, 50).get(10).title()).isNotEqualTo(Samples.articles(42, 50).get(10).title());
    }
}
