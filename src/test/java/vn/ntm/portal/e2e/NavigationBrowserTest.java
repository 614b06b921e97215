package vn.ntm.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.ntm.portal.e2e.pages.ArticleLink;
import vn.ntm.portal.e2e.pages.ArticlePage;
import vn.ntm.portal.e2e.pages.CategoryPage;
import vn.ntm.portal.e2e.pages.HomePage;
import vn.ntm.portal.e2e.pages.PrintPage;
import vn.ntm.portal.shared.VietnameseFormat;

/** Reading the site by clicking: menu, category lists, pager, newer/older lists, print view. */
@Tag("browser")
class NavigationBrowserTest extends BrowserTestSupport {

    static final String DATE_LINE = "^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật) - \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$";

    @Test
    void homeToCategoryToArticleByClickingLinks() {
        List<ArticleLink> menu = openHome().menuCategories();
        assertThat(menu).as("main-menu categories").isNotEmpty();

        // the first menu category that lists articles, reached by clicking its menu entry
        CategoryPage category = null;
        ArticleLink entry = null;
        for (ArticleLink item : menu) {
            CategoryPage page = openHome().clickMenuCategory(item.title());
            if (!page.articles().isEmpty()) {
                category = page;
                entry = item;
                break;
            }
        }
        assertThat(category).as("a main-menu category with articles, among " + menu).isNotNull();
        assertThat(category.url()).isEqualTo(entry.href());
        assertThat(category.heading()).isEqualTo(entry.title());

        List<ArticleLink> listed = category.articles();
        ArticleLink chosen = listed.get(Math.min(2, listed.size() - 1));
        ArticlePage article = category.clickArticle(chosen.title());

        assertThat(article.url()).isEqualTo(chosen.href());
        assertThat(article.title()).isEqualTo(chosen.title());
        assertThat(article.dateLine()).matches(DATE_LINE);
        // the visible date is the <time datetime> instant in Vietnam's time zone
        assertThat(article.dateLine()).endsWith(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(article.publishedAt().atZone(VietnameseFormat.ZONE)));
        assertThat(article.breadcrumb()).contains(entry.title());
        List<String> crumbs = article.breadcrumbItems();
        assertThat(crumbs).first().isEqualTo("Trang chủ");
        assertThat(crumbs).contains(entry.title());
        assertThat(crumbs).last().isEqualTo(chosen.title());
    }

    @Test
    void categoryPagerLeadsToSecondPageWithOtherArticles() {
        CategoryPage first = openMenuCategory(1, true);
        assertThat(first.currentPage()).isEqualTo(1);
        List<ArticleLink> onFirst = first.articles();
        List<Instant> firstTimes = first.publishedTimes();
        String heading = first.heading();

        CategoryPage second = first.clickPage(2);

        assertThat(second.url()).endsWith("/trang-2");
        assertThat(second.currentPage()).isEqualTo(2);
        assertThat(second.heading()).isEqualTo(heading);
        List<ArticleLink> onSecond = second.articles();
        assertThat(onSecond).as("articles on page 2").isNotEmpty();
        assertThat(hrefs(onSecond)).doesNotContainAnyElementsOf(hrefs(onFirst));
        assertThat(titles(onSecond)).doesNotContainAnyElementsOf(titles(onFirst));
        // newest first across pages: page 2 starts no later than page 1 ends
        assertThat(second.publishedTimes().get(0)).isBeforeOrEqualTo(firstTimes.get(firstTimes.size() - 1));
        // and the pager leads back
        assertThat(second.pagerLinks()).extracting(e -> e.getText().strip()).contains("1");
    }

    @Test
    void newerAndOlderListsLeadToNeighbouringArticles() {
        CategoryPage listing = openMenuCategory(1, true).clickPage(2);
        List<ArticleLink> candidates = middleFirst(listing.articles());

        ArticlePage article = null;
        for (ArticleLink candidate : candidates) {
            ArticlePage page = ArticlePage.open(driver, candidate.href());
            if (!page.newer().isEmpty() && !page.older().isEmpty()) {
                article = page;
                break;
            }
        }
        assertThat(article).as("an article with both newer and older articles, among " + candidates).isNotNull();
        String url = article.url();
        String title = article.title();
        Instant at = article.publishedAt();
        ArticleLink firstNewer = article.newer().get(0);

        ArticlePage newer = article.clickFirstNewer();
        assertThat(newer.url()).isEqualTo(firstNewer.href());
        assertThat(newer.title()).isEqualTo(firstNewer.title()).isNotEqualTo(title);
        assertThat(newer.publishedAt()).isAfterOrEqualTo(at);
        assertThat(titles(newer.older())).as("'Những tin cũ hơn' of the newer article").contains(title);

        ArticlePage again = ArticlePage.open(driver, url);
        ArticleLink firstOlder = again.older().get(0);
        ArticlePage older = again.clickFirstOlder();
        assertThat(older.url()).isEqualTo(firstOlder.href());
        assertThat(older.title()).isEqualTo(firstOlder.title()).isNotEqualTo(title);
        assertThat(older.publishedAt()).isBeforeOrEqualTo(at);
        assertThat(titles(older.newer())).as("'Những tin mới hơn' of the older article").contains(title);
    }

    @Test
    void printViewShowsTheArticleWithoutSiteChrome() {
        CategoryPage category = openMenuCategory(1, false);
        ArticlePage article = category.clickArticle(category.articles().get(0).title());
        String title = article.title();
        String articleUrl = article.url();

        PrintPage print = article.clickPrint();

        assertThat(print.url()).isEqualTo(articleUrl + "/in");
        assertThat(print.h1()).isEqualTo(title);
        assertThat(print.hasMainMenu()).as("main menu on the print view").isFalse();
        assertThat(print.has(By.cssSelector("nav.main-nav"))).as("main navigation on the print view").isFalse();
        assertThat(print.hasSidebar()).as("sidebar on the print view").isFalse();
        assertThat(print.has(By.cssSelector("aside"))).as("any <aside> on the print view").isFalse();
        assertThat(print.printButton().isDisplayed()).isTrue();
        assertThat(print.printButton().getText().strip()).isEqualTo("In trang này");
    }

    private static List<ArticleLink> middleFirst(List<ArticleLink> list) {
        List<ArticleLink> ordered = new ArrayList<>();
        int mid = list.size() / 2;
        for (int step = 0; ordered.size() < list.size(); step++) {
            int up = mid + step;
            int down = mid - step - 1;
            if (up < list.size()) {
                ordered.add(list.get(up));
            }
            if (down >= 0) {
                ordered.add(list.get(down));
            }
        }
        return ordered;
    }

    static List<String> titles(List<ArticleLink> links) {
        return links.stream().map(ArticleLink::title).toList();
    }

    static List<String> hrefs(List<ArticleLink> links) {
        return links.stream().map(ArticleLink::href).toList();
    }
}
