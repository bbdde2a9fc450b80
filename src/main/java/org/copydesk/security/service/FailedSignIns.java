package org.copydesk.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per key (an account or an address) in a sliding window. Once a key has {@code limit}
 * failures within {@code window}, every attempt with it is refused, the right password included, until the oldest of
 * those failures leaves the window. Plain Java and thread-safe; memory is bounded by pruning expired keys and, under a
 * flood of distinct keys, by forgetting the oldest.
 */
public final class FailedSignIns {

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailedSignIns(int limit, Duration window, int maxKeys, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("limit, window and maxKeys must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** How long {@code key} must wait before its next attempt; empty when it may try now. */
    public Optional<Duration> blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Instant free = times.peekFirst().plus(window);
            return Optional.of(Duration.between(now, free));
        }
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        if (failures.size() >= maxKeys) {
            prune(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
            // Only the newest `limit` failures matter for the decision.
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    /** A successful sign-in clears the account's count (never an address's: one right password elsewhere is cheap). */
    public void clear(String key) {
        failures.remove(key);
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
        Iterator<String> keys = failures.keySet().iterator();
        while (failures.size() >= maxKeys && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
