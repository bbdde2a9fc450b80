package org.copydesk.base.events;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's messages, handed over in order on a thread of the executor, so that a slow subscriber (a UI
 * waiting for its session lock, a database read) holds up only itself and never the bus's listening thread.
 */
final class SerialDelivery {

    private static final Logger log = LoggerFactory.getLogger(SerialDelivery.class);

    private final String channel;
    private final Consumer<String> listener;
    private final Executor executor;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    SerialDelivery(String channel, Consumer<String> listener, Executor executor) {
        this.channel = channel;
        this.listener = listener;
        this.executor = executor;
    }

    void offer(String payload) {
        pending.add(payload);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        do {
            for (String payload = pending.poll(); payload != null; payload = pending.poll()) {
                try {
                    listener.accept(payload);
                } catch (RuntimeException e) {
                    log.warn("A listener on {} failed", channel, e);
                }
            }
            draining.set(false);
        } while (!pending.isEmpty() && draining.compareAndSet(false, true));
    }
}
