package org.copydesk.base.events;

import java.util.function.Consumer;

/**
 * Publishes short text messages on named channels to every Copydesk node on the same database, this one included.
 * Inside a transaction a message is delivered only if and when the transaction commits.
 */
public interface ClusterBus {

    /** Channel names are lower-case letters, digits and underscores, at most 63 characters. */
    String CHANNEL_PATTERN = "[a-z][a-z0-9_]{0,62}";

    /** Payloads above this many UTF-8 bytes are refused (PostgreSQL's limit is 8,000). */
    int MAX_PAYLOAD_BYTES = 7_900;

    void publish(String channel, String payload);

    /**
     * Calls {@code listener} with each message on the channel, in order, until the returned subscription is closed.
     * Each subscription gets its messages on a thread of its own, so a slow listener delays only itself.
     */
    Subscription subscribe(String channel, Consumer<String> listener);

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
