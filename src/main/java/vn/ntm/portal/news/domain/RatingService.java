package vn.ntm.portal.news.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a reader's 1–5 star vote: one per visitor per article, enforced by the primary key. */
@Service
public class RatingService {

    public enum Outcome { ACCEPTED, ALREADY_VOTED, NO_SUCH_ARTICLE }

    private final JdbcClient jdbc;

    RatingService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Outcome rate(long articleId, UUID visitorId, int stars, String ip) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1..5");
        }
        Boolean published = jdbc.sql("SELECT true FROM article WHERE id = ? AND status = 'PUBLISHED' AND published_at <= now() FOR UPDATE")
                .param(articleId).query(Boolean.class).optional().orElse(false);
        if (!published) {
            return Outcome.NO_SUCH_ARTICLE;
        }
        int inserted = jdbc.sql("INSERT INTO article_rating (article_id, visitor_id, stars, ip) VALUES (?, ?, ?, ?::inet)"
                        + " ON CONFLICT (article_id, visitor_id) DO NOTHING")
                .params(articleId, visitorId, stars, ip).update();
        if (inserted == 0) {
            return Outcome.ALREADY_VOTED;
        }
        jdbc.sql("UPDATE article SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 WHERE id = ?")
                .params(stars, articleId).update();
        return Outcome.ACCEPTED;
    }
}
