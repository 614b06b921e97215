package vn.ntm.portal.news.editorial;

import java.time.LocalDate;

/**
 * The admin list's filters and page position. Paging is by keyset ({@code after} is the last row of the
 * previous page) so every page costs the same at 200,000 articles.
 *
 * @param author  the author's user id ({@code created_by})
 * @param keyword words inside the title
 * @param from    first day of last change (inclusive), Vietnam time
 * @param to      last day of last change (inclusive), Vietnam time
 */
public record ArticleFilter(ArticleStatus status, Long categoryId, String author, String keyword, LocalDate from,
                            LocalDate to, Sort sort, Cursor after, int limit) {

    public enum Sort {
        NEWEST("Sửa gần nhất trước"), OLDEST("Sửa lâu nhất trước");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Position after a row: its last-change time (microseconds since the epoch) and id. */
    public record Cursor(long updatedMicros, long id) {

        public static Cursor parse(String text) {
            if (text == null || !text.matches("\\d{1,19}_\\d{1,19}")) {
                return null;
            }
            String[] parts = text.split("_");
            return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }

        @Override
        public String toString() {
            return updatedMicros + "_" + id;
        }
    }
}
