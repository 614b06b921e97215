package vn.ntm.portal.stats.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pure visitor logic to the shared secret and the bot patterns held in the database. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    VisitorResolver visitorResolver(VisitorSecret secret, BotDetector bots, StatsProperties props) {
        return new VisitorResolver(secret::cookie, bots::isBot, props);
    }
}
