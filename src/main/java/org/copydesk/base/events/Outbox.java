package org.copydesk.base.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends published messages from one thread on one connection of its own, several per round trip. Callers only queue,
 * so a save never waits for PostgreSQL's notify queue lock (taken at the commit of every transaction that notified,
 * which serialised concurrent saves while {@code pg_notify} ran inside them).
 */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int BATCH = 100;

    record Message(String channel, String payload) {}

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final ArrayDeque<Message> carried = new ArrayDeque<>();
    private final ConnectionSource connections;
    private volatile boolean running;
    private @Nullable Thread thread;

    Outbox(ConnectionSource connections) {
        this.connections = connections;
    }

    void add(Message message) {
        queue.add(message);
    }

    void start() {
        running = true;
        var sender = new Thread(this::send, "copydesk-cluster-bus-sender");
        sender.setDaemon(true);
        thread = sender;
        sender.start();
    }

    /** Stops after sending what is queued, waiting at most two seconds. */
    void stop() {
        running = false;
        Thread sender = thread;
        if (sender != null) {
            try {
                sender.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sender.interrupt();
        }
    }

    private void send() {
        Connection connection = null;
        while (running || !queue.isEmpty() || !carried.isEmpty()) {
            List<Message> batch = nextBatch();
            if (batch.isEmpty()) {
                continue;
            }
            try {
                if (connection == null || connection.isClosed()) {
                    connection = connections.open();
                }
                notifyAll(connection, batch);
            } catch (SQLException e) {
                log.warn(
                        "Cluster bus could not send {} message(s) ({}); they are dropped",
                        batch.size(),
                        e.getMessage());
                closeQuietly(connection);
                connection = null;
                sleepQuietly();
            }
        }
        closeQuietly(connection);
    }

    /**
     * Up to {@value #BATCH} messages, stopping before a repeat: PostgreSQL folds identical notifications sent in one
     * transaction into one, which would turn "editing, stopped, editing" into "editing, stopped".
     */
    private List<Message> nextBatch() {
        List<Message> batch = new ArrayList<>();
        Set<Message> seen = new HashSet<>();
        try {
            Message first = !carried.isEmpty()
                    ? carried.poll()
                    : running ? queue.poll(250, TimeUnit.MILLISECONDS) : queue.poll();
            if (first == null) {
                return batch;
            }
            batch.add(first);
            seen.add(first);
        } catch (InterruptedException e) {
            running = false;
            return batch;
        }
        while (batch.size() < BATCH) {
            Message next = carried.isEmpty() ? queue.poll() : carried.poll();
            if (next == null) {
                break;
            }
            if (!seen.add(next)) {
                carried.addFirst(next);
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    private static void notifyAll(Connection connection, List<Message> batch) throws SQLException {
        String[] channels = batch.stream().map(Message::channel).toArray(String[]::new);
        String[] payloads = batch.stream().map(Message::payload).toArray(String[]::new);
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_notify(m.channel, m.payload) from unnest(?::text[], ?::text[]) with ordinality"
                        + " as m(channel, payload, n) order by m.n")) {
            Array channelArray = connection.createArrayOf("text", channels);
            Array payloadArray = connection.createArrayOf("text", payloads);
            statement.setArray(1, channelArray);
            statement.setArray(2, payloadArray);
            statement.executeQuery().close();
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the cluster bus's sending connection failed", e);
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
