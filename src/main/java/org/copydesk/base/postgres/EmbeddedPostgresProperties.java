package org.copydesk.base.postgres;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code copydesk.database.embedded.*}: the embedded server used when no spring.datasource.url is configured.
 *
 * @param dataDir the cluster's folder, relative to the working directory; also {@code COPYDESK_DATA_DIR}
 * @param port the port on 127.0.0.1; 0 picks a free one at each start
 * @param resetOnStart delete the data folder before starting (tests)
 * @param durable fsync on; tests may turn it off for speed
 * @param serverOptions extra PostgreSQL settings; {@code server-options.work-mem=64MB} becomes {@code work_mem}
 */
@ConfigurationProperties("copydesk.database.embedded")
public record EmbeddedPostgresProperties(
        @DefaultValue(".data/pg17") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean resetOnStart,
        @DefaultValue("true") boolean durable,
        @Nullable Map<String, String> serverOptions) {

    EmbeddedPostgresSettings toSettings() {
        EmbeddedPostgresSettings settings = EmbeddedPostgresSettings.inDataDirectory(dataDir)
                .withPort(port)
                .withResetOnStart(resetOnStart)
                .withDurable(durable);
        // Relaxed binding keeps dashes in map keys but drops underscores; PostgreSQL's names use underscores.
        Map<String, String> options = new LinkedHashMap<>();
        if (serverOptions != null) {
            serverOptions.forEach((name, value) -> options.put(name.replace('-', '_'), value));
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            settings = settings.withServerOption(option.getKey(), option.getValue());
        }
        return settings;
    }
}
