package org.copydesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The counting behind sign-in throttling, on a clock the test moves. */
class FailedSignInsTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void a_key_is_blocked_after_the_limit_until_its_oldest_failure_leaves_the_window() {
        var failures = new FailedSignIns(3, Duration.ofMinutes(5), 1000, clock);
        failures.recordFailure("ana");
        clock.advance(Duration.ofMinutes(1));
        failures.recordFailure("ana");
        assertThat(failures.blockedFor("ana")).isEmpty();
        failures.recordFailure("ana");

        assertThat(failures.blockedFor("ana")).hasValue(Duration.ofMinutes(4));
        assertThat(failures.blockedFor("bob")).isEmpty();

        clock.advance(Duration.ofMinutes(4));
        assertThat(failures.blockedFor("ana")).isEmpty();
    }

    @Test
    void clearing_a_key_forgets_its_failures() {
        var failures = new FailedSignIns(2, Duration.ofMinutes(5), 1000, clock);
        failures.recordFailure("ana");
        failures.recordFailure("ana");
        failures.clear("ana");
        assertThat(failures.blockedFor("ana")).isEmpty();
    }

    @Test
    void a_flood_of_distinct_keys_keeps_memory_bounded() {
        var failures = new FailedSignIns(1, Duration.ofMinutes(5), 100, clock);
        for (int i = 0; i < 10_000; i++) {
            failures.recordFailure("user" + i);
        }
        assertThat(failures.blockedFor("user9999")).isPresent();
        assertThat(failures.blockedFor("user0")).isEmpty();
    }

    @Test
    void one_address_guessing_many_accounts_is_blocked_for_every_account() {
        var throttle = new SignInThrottle(clock, 5, 3, Duration.ofMinutes(5));
        for (String name : List.of("ana", "bob", "cy")) {
            throttle.failed(failure(name, "203.0.113.7"));
        }

        assertThat(throttle.blockedFor("dee", "203.0.113.7")).isPresent();
        assertThat(throttle.blockedFor("dee", "198.51.100.1")).isEmpty();
    }

    @Test
    void one_account_guessed_from_many_addresses_is_blocked_from_every_address_until_it_signs_in() {
        var throttle = new SignInThrottle(clock, 2, 100, Duration.ofMinutes(5));
        throttle.failed(failure("ana", "203.0.113.7"));
        throttle.failed(failure("ana", "198.51.100.1"));

        assertThat(throttle.blockedFor("Ana", "192.0.2.55")).isPresent();

        throttle.succeeded(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("ana", null, List.of())));
        assertThat(throttle.blockedFor("ana", "192.0.2.55")).isEmpty();
    }

    private static AuthenticationFailureBadCredentialsEvent failure(String username, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "guess");
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad"));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
