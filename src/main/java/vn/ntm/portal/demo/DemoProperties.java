package vn.ntm.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo-content seeder.
 *
 * @param enabled  seed a fresh database (one whose category table is empty) at start; default true
 * @param articles how many articles to generate; default 2,000, and e.g. 200,000 for benchmarks
 * @param seed     seed of the random generator: the same seed gives the same site
 * @param documents how many registry documents to generate; default 60, e.g. 20,000 for the search benchmark
 */
@ConfigurationProperties("ntm.demo")
public record DemoProperties(Boolean enabled, Integer articles, Long seed, Integer documents) {

    public DemoProperties {
        if (enabled == null) {
            enabled = true;
        }
        if (articles == null) {
            articles = 2_000;
        }
        if (articles < 0) {
            throw new IllegalArgumentException("ntm.demo.articles must not be negative");
        }
        if (documents == null) {
            documents = 60;
        }
        if (documents < 0) {
            throw new IllegalArgumentException("ntm.demo.documents must not be negative");
        }
        if (seed == null) {
            seed = 20_211_013L;
        }
    }
}
