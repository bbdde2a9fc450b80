package org.copydesk.base.postgres;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Embedded-mode defaults, at the lowest precedence: {@code copydesk.database.embedded.active} (true without a
 * spring.datasource.url, false with one) and, in embedded mode, {@code server.address=127.0.0.1}, because a database
 * that trusts every local login goes with an app that only listens locally, and {@code spring.flyway.user}: Flyway
 * migrates as the owner while the application connects as the less-privileged role, and
 * {@code copydesk.demo-accounts.enabled}: only on the embedded database with the server on loopback. Also maps plain {@code COPYDESK_DATA_DIR}.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ACTIVE = "copydesk.database.embedded.active";
    static final String SERVER_ADDRESS = "server.address";
    static final String FLYWAY_USER = "spring.flyway.user";
    static final String DEMO_ACCOUNTS = "copydesk.demo-accounts.enabled";
    static final String DATA_DIR = "copydesk.database.embedded.data-dir";
    static final String DATA_DIR_VARIABLE = "COPYDESK_DATA_DIR";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var sources = environment.getPropertySources();
        sources.addLast(new EmbeddedModeDefaults(environment));
        String dataDir = environment.getProperty(DATA_DIR_VARIABLE);
        if (StringUtils.hasText(dataDir)) {
            // Ranked like the environment variable it is, so it beats application.properties.
            var alias = new MapPropertySource("copydeskDataDirVariable", Map.of(DATA_DIR, dataDir));
            if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, alias);
            } else {
                sources.addLast(alias);
            }
        }
    }

    /** After the config files are loaded, so their spring.datasource.url counts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Answers when asked rather than when added, so a spring.datasource.url that arrives later (a test's
     * dynamic properties) still turns embedded mode off. The environment is kept in a field, not as the source:
     * Boot descends into a property source whose source is an environment, which here would be this one again.
     */
    static final class EmbeddedModeDefaults extends PropertySource<Object> {

        private final ConfigurableEnvironment environment;

        EmbeddedModeDefaults(ConfigurableEnvironment environment) {
            super("copydeskEmbeddedDatabaseDefaults");
            this.environment = environment;
        }

        @Override
        public @Nullable Object getProperty(String name) {
            return switch (name) {
                case ACTIVE -> Boolean.toString(!urlConfigured());
                case SERVER_ADDRESS -> urlConfigured() ? null : "127.0.0.1";
                case FLYWAY_USER -> urlConfigured() ? null : ClusterInitializer.SUPERUSER;
                case DEMO_ACCOUNTS -> Boolean.toString(!urlConfigured() && listensOnLoopbackOnly());
                default -> null;
            };
        }

        /**
         * Demo accounts have well-known passwords: only where nobody else can reach them. An empty address means
         * every interface; a name is resolved.
         */
        private boolean listensOnLoopbackOnly() {
            String address = environment.getProperty(SERVER_ADDRESS, "");
            if (address.isBlank()) {
                return false;
            }
            try {
                return InetAddress.getByName(address).isLoopbackAddress();
            } catch (UnknownHostException unknown) {
                return false;
            }
        }

        private boolean urlConfigured() {
            return StringUtils.hasText(environment.getProperty(DataSourceUrlAbsentCondition.DATASOURCE_URL));
        }
    }
}
