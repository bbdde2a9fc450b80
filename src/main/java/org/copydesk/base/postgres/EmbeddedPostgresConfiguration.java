package org.copydesk.base.postgres;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL and the DataSource on it, when no spring.datasource.url is configured. Found by component
 * scan, so it is processed before Boot's DataSourceAutoConfiguration, which then backs off, and before Flyway, which
 * migrates this DataSource.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DataSourceUrlAbsentCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    /**
     * Shared with the other application contexts of this JVM (test context cache); the last one to close stops it.
     * Where the embedded database is not allowed (the Docker image sets {@code COPYDESK_DATABASE_EMBEDDED_ALLOWED=false})
     * a missing datasource URL is a configuration mistake, and the start stops at once instead of quietly keeping
     * data inside the container.
     */
    @Bean(destroyMethod = "close")
    SharedEmbeddedPostgres.Lease embeddedPostgres(
            EmbeddedPostgresProperties properties,
            @Value("${copydesk.database.embedded.allowed:true}") boolean allowed) {
        if (!allowed) {
            throw new EmbeddedPostgresException("no SPRING_DATASOURCE_URL is set, and this installation does not fall"
                    + " back to the embedded database (copydesk.database.embedded.allowed=false). Set"
                    + " SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
        }
        return SharedEmbeddedPostgres.acquire(properties.toSettings());
    }

    /**
     * Depends on the server through its parameter, so on context close the pool shuts down first and PostgreSQL
     * stops after it; no shutdown hook of our own races the context's. Honours {@code spring.datasource.hikari.*}.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(SharedEmbeddedPostgres.Lease embeddedPostgres) {
        RunningPostgres server = embeddedPostgres.server();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        // The application runs as the role that owns nothing; Flyway migrates as the owner (spring.flyway.user).
        dataSource.setUsername(server.applicationUsername());
        dataSource.setPoolName("copydesk");
        return dataSource;
    }
}
