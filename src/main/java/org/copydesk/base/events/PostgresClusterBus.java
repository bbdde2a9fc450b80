package org.copydesk.base.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cluster bus on PostgreSQL. A message published in a transaction is queued when it commits (at once outside
 * one) and sent by the {@link Outbox} on a connection of its own, so saves never hold the notify queue's commit lock.
 * One listening connection, outside the pool, is polled by one thread that reconnects after a failure and hands each
 * message to every subscriber's own {@link SerialDelivery}. Messages published while the listener was reconnecting
 * are lost; listeners treat messages as hints and re-read.
 */
@Component
class PostgresClusterBus implements ClusterBus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresClusterBus.class);
    private static final int POLL_MILLIS = 250;

    private final DataSource dataSource;
    private final Map<String, CopyOnWriteArrayList<SerialDelivery>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService deliveries = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("copydesk-cluster-bus-delivery-", 0).factory());
    private final Outbox outbox = new Outbox(this::openOwnConnection);
    private final Set<String> listening = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private @Nullable Thread thread;

    PostgresClusterBus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void publish(String channel, String payload) {
        checkChannel(channel);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload over " + MAX_PAYLOAD_BYTES + " bytes on " + channel);
        }
        var message = new Outbox.Message(channel, payload);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.add(message);
                }
            });
        } else {
            outbox.add(message);
        }
    }

    @Override
    public Subscription subscribe(String channel, Consumer<String> listener) {
        checkChannel(channel);
        var delivery = new SerialDelivery(channel, listener, deliveries);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(delivery);
        return () ->
                listeners.getOrDefault(channel, new CopyOnWriteArrayList<>()).remove(delivery);
    }

    @Override
    public void start() {
        running = true;
        outbox.start();
        var listener = new Thread(this::listen, "copydesk-cluster-bus");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        outbox.stop();
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = openOwnConnection()) {
                listening.clear();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    listenToNewChannels(connection);
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Cluster bus lost its PostgreSQL connection ({}); reconnecting in 1 s", e.getMessage());
                    sleepQuietly(1_000);
                }
            }
        }
    }

    private void listenToNewChannels(Connection connection) throws SQLException {
        for (String channel : listeners.keySet()) {
            if (!listening.contains(channel)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + channel);
                }
                listening.add(channel);
            }
        }
    }

    private void deliver(String channel, String payload) {
        for (SerialDelivery delivery : listeners.getOrDefault(channel, new CopyOnWriteArrayList<>())) {
            delivery.offer(payload);
        }
    }

    /** A connection outside the pool, so a long-lived LISTEN never takes a connection from requests. */
    private Connection openOwnConnection() throws SQLException {
        if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
            var hikari = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
            var properties = new java.util.Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            Connection connection = java.sql.DriverManager.getConnection(hikari.getJdbcUrl(), properties);
            connection.setAutoCommit(true);
            return connection;
        }
        return dataSource.getConnection();
    }

    private static void checkChannel(String channel) {
        if (!channel.matches(CHANNEL_PATTERN)) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
