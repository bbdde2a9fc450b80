package org.copydesk.base.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cluster bus on PostgreSQL: {@code pg_notify} on the caller's connection (so it joins the caller's transaction),
 * and one listening connection of its own, outside the pool, polled by one thread that reconnects after a failure.
 * Messages published while the listener was reconnecting are lost; listeners treat messages as hints and re-read.
 */
@Component
class PostgresClusterBus implements ClusterBus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresClusterBus.class);
    private static final int POLL_MILLIS = 250;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Map<String, CopyOnWriteArrayList<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Set<String> listening = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private @Nullable Thread thread;

    PostgresClusterBus(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void publish(String channel, String payload) {
        checkChannel(channel);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload over " + MAX_PAYLOAD_BYTES + " bytes on " + channel);
        }
        jdbc.query("select pg_notify(?, ?)", rs -> null, channel, payload);
    }

    @Override
    public Subscription subscribe(String channel, Consumer<String> listener) {
        checkChannel(channel);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        return () ->
                listeners.getOrDefault(channel, new CopyOnWriteArrayList<>()).remove(listener);
    }

    @Override
    public void start() {
        running = true;
        var listener = new Thread(this::listen, "copydesk-cluster-bus");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
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
        for (Consumer<String> listener : listeners.getOrDefault(channel, new CopyOnWriteArrayList<>())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A listener on {} failed", channel, e);
            }
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
