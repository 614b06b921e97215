package vn.ntm.portal.search.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.search.SearchProperties;
import vn.ntm.portal.search.SearchSource;

/**
 * The node's index, its feeder and the search service. The feeder starts once the application is ready, i.e.
 * after the runners (the demo seeder among them), so a first start indexes the complete demo site in one go.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) {
        return new SearchIndex(properties.indexDir());
    }

    @Bean(destroyMethod = "close")
    IndexFeeder indexFeeder(SearchIndex index, JdbcClient jdbc, List<SearchSource> sources, SearchProperties properties) {
        return new IndexFeeder(index, jdbc, sources, properties, Clock.systemUTC(), "search-index");
    }

    @Bean
    SearchService searchService(SearchIndex index, IndexFeeder feeder, SearchProperties properties) {
        return new SearchService(index, feeder.sources(), properties.cachedPages());
    }

    @EventListener(ApplicationReadyEvent.class)
    void startFeeding(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(IndexFeeder.class).start();
    }
}
