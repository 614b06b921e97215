package vn.ntm.portal.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** View counts and reader ratings that look like a provincial portal's: modest, skewed, older means more. */
final class Popularity {

    private Popularity() {
    }

    /** Views grow with age; a story of the last days has few, an old popular one some thousands. */
    static long views(Instant publishedAt, Instant now, RandomGenerator random) {
        double ageDays = Duration.between(publishedAt, now).toHours() / 24.0;
        double base = Math.exp(5.0 + 0.85 * random.nextGaussian());
        return Math.round(base * Math.min(1.0, (ageDays + 0.2) / 14.0) * (1 + ageDays / 500.0));
    }

    /** {sum, count}: about a quarter of the articles were rated, mostly well. */
    static long[] rating(RandomGenerator random) {
        if (random.nextInt(100) >= 25) {
            return new long[] {0, 0};
        }
        int count = 1 + random.nextInt(random.nextInt(100) < 80 ? 12 : 60);
        long sum = 0;
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(100);
            sum += p < 55 ? 5 : p < 85 ? 4 : p < 95 ? 3 : p < 98 ? 2 : 1;
        }
        return new long[] {sum, count};
    }
}
