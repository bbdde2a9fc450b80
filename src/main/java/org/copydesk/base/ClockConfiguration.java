package org.copydesk.base;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that time is injected and tests can fix it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * Ticks in microseconds, PostgreSQL's precision for {@code timestamptz}: a time the application hands out
     * (in a save's answer, say) is then exactly the time a later read of the row returns.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
