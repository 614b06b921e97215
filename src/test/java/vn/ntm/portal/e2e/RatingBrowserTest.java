package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.ntm.portal.e2e.pages.ArticleLink;
import vn.ntm.portal.e2e.pages.ArticlePage;
import vn.ntm.portal.e2e.pages.ArticlePage.Rating;
import vn.ntm.portal.e2e.pages.CategoryPage;

/**
 * Star rating, with JavaScript (updates in place) and without (plain form post and reload). Each test
 * votes on its own article, so the two never disturb each other's totals.
 */
@Tag("browser")
class RatingBrowserTest extends BrowserTestSupport {

    private static final String THANKS = "Cảm ơn bạn đã đánh giá bài viết";
    private static final String ALREADY_VOTED = "đã đánh giá bài viết này rồi";

    @Test
    void ratingWithJavaScriptUpdatesInPlaceAndOnlyOnce() {
        ArticlePage article = ArticlePage.open(driver, articleToRate(0).href());
        assertThat(article.js("return document.documentElement.classList.contains('js')"))
                .as("site.js ran (html.js)").isEqualTo(true);
        Rating before = article.rating();
        Rating after = before.plusVote(4);
        article.js("window.__e2eNoReload = 'still here';");

        article.clickStars(4);

        article.waitForRating(after);
        article.waitForNotice(THANKS);
        assertThat(article.noticeIsError()).isFalse();
        assertThat(article.js("return window.__e2eNoReload")).as("marker set before the click (no page reload)")
                .isEqualTo("still here");

        article.clickStars(4);

        article.waitForNotice(ALREADY_VOTED);
        assertThat(article.notice()).contains("đã đánh giá");
        assertThat(article.noticeIsError()).as("refusal is shown as an error").isTrue();
        assertThat(article.rating()).as("total after a refused second vote").isEqualTo(after);
        assertThat(article.js("return window.__e2eNoReload")).isEqualTo("still here");

        driver.navigate().refresh();
        ArticlePage reloaded = ArticlePage.current(driver);
        assertThat(reloaded.js("return window.__e2eNoReload")).as("the refresh really reloaded").isNull();
        assertThat(reloaded.rating()).as("total after reload").isEqualTo(after);
    }

    @Test
    void ratingWithoutJavaScriptPostsTheFormAndOnlyOnce() {
        String url = articleToRate(1).href();
        try (Browser noJs = Browser.start(false)) {
            WebDriver plain = noJs.driver();
            ArticlePage article = ArticlePage.open(plain, url);
            String htmlClass = plain.findElement(By.tagName("html")).getDomAttribute("class");
            assertThat(htmlClass == null ? "" : htmlClass).as("class of <html> (site.js must not have run)")
                    .doesNotContain("js");
            Rating before = article.rating();
            Rating after = before.plusVote(3);

            ArticlePage thanked = article.clickStarsAndWaitForReload(3);

            assertThat(thanked.url()).startsWith(url).contains("danh-gia=ok");
            assertThat(thanked.rating()).isEqualTo(after);
            assertThat(thanked.notice()).contains(THANKS);
            assertThat(thanked.noticeIsError()).isFalse();

            ArticlePage refused = thanked.clickStarsAndWaitForReload(5);

            assertThat(refused.title()).isEqualTo(article.title());
            assertThat(refused.notice()).contains(ALREADY_VOTED);
            assertThat(refused.noticeIsError()).isTrue();
            assertThat(refused.rating()).isEqualTo(after);

            ArticlePage later = ArticlePage.open(plain, url);
            assertThat(later.rating()).isEqualTo(after);
        }
    }

    /** The index-th article of the first main-menu category with enough articles. */
    private ArticleLink articleToRate(int index) {
        CategoryPage category = openMenuCategory(index + 1, false);
        return category.articles().get(index);
    }
}
