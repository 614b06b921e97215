package vn.ntm.portal.news.web;

import vn.ntm.portal.shared.Json;
import vn.ntm.portal.shared.VietnameseFormat;

/** Rating figures: sum of stars and number of votes; the average shown to one decimal. */
public record RatingView(long sum, long count) {

    public String sumText() {
        return VietnameseFormat.number(sum);
    }

    public String countText() {
        return VietnameseFormat.number(count);
    }

    public double average() {
        return count == 0 ? 0 : (double) sum / count;
    }

    public String averageText() {
        return VietnameseFormat.oneDecimal(average());
    }

    /** "Tổng số điểm của bài viết là: X trong Y đánh giá". */
    public String summary() {
        return "Tổng số điểm của bài viết là: " + sumText() + " trong " + countText() + " đánh giá";
    }

    String toJson(String message, boolean accepted) {
        return "{\"accepted\":" + accepted + ",\"sum\":" + sum + ",\"count\":" + count
                + ",\"average\":" + Json.quote(averageText()) + ",\"summary\":" + Json.quote(summary())
                + ",\"message\":" + Json.quote(message) + "}";
    }
}
