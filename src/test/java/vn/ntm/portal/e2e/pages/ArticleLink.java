package vn.ntm.portal.e2e.pages;

/** A link to an article (or category) as the page shows it: its visible text and its absolute URL. */
public record ArticleLink(String title, String href) {

    @Override
    public String toString() {
        return title + " <" + href + ">";
    }
}
