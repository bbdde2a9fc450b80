package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedPostgresConfigurationTest {

    private final ApplicationContextRunner contexts =
            new ApplicationContextRunner().withUserConfiguration(EmbeddedPostgresConfiguration.class);

    @Test
    void with_spring_datasource_url_set_no_embedded_server_starts() {
        contexts.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/copydesk")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(SharedEmbeddedPostgres.Lease.class);
                    assertThat(context).doesNotHaveBean(DataSource.class);
                });
    }

    @Test
    void where_the_embedded_database_is_not_allowed_a_missing_datasource_url_stops_the_start_with_a_clear_reason() {
        contexts.withPropertyValues("copydesk.database.embedded.allowed=false").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessageContaining("SPRING_DATASOURCE_URL");
        });
    }

    @Test
    void two_application_contexts_share_one_server_which_stops_after_the_last_one_closes() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("spring-contexts");
        ApplicationContextRunner configured = contexts.withPropertyValues(
                "copydesk.database.embedded.data-dir=" + dataDirectory,
                "copydesk.database.embedded.reset-on-start=true",
                "copydesk.database.embedded.durable=false",
                "copydesk.database.embedded.server-options.work-mem=8MB",
                "spring.datasource.hikari.maximum-pool-size=3");
        long[] postgresPid = new long[1];
        HikariDataSource[] outerPool = new HikariDataSource[1];

        configured.run(outer -> {
            RunningPostgres server =
                    outer.getBean(SharedEmbeddedPostgres.Lease.class).server();
            postgresPid[0] = server.pid();
            outerPool[0] = outer.getBean(HikariDataSource.class);
            assertThat(outerPool[0].getMaximumPoolSize()).isEqualTo(3);
            assertThat(queryOne(outerPool[0], "select current_database() || ' ' || current_user"))
                    .isEqualTo("copydesk copydesk_app");
            assertThat(queryOne(outerPool[0], "show work_mem")).isEqualTo("8MB");

            configured.run(inner -> assertThat(
                            inner.getBean(SharedEmbeddedPostgres.Lease.class).server())
                    .isSameAs(server));

            assertThat(queryOne(outerPool[0], "select 'still serving'")).isEqualTo("still serving");
        });

        assertThat(outerPool[0].isClosed()).isTrue();
        assertThat(OsProcesses.isRunning(postgresPid[0])).isFalse();
    }

    private static String queryOne(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
