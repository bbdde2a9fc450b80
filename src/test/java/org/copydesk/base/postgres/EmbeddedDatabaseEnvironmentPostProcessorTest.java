package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EmbeddedDatabaseEnvironmentPostProcessorTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    EmbeddedDatabaseEnvironmentPostProcessorTest() {
        ConfigurationPropertySources.attach(environment);
    }

    @Test
    void a_spring_application_gets_the_defaults_from_spring_factories_after_its_config_files_are_read() {
        try (var context = new SpringApplicationBuilder(Object.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.datasource.url=jdbc:postgresql://db.example/x")
                .run()) {
            assertThat(context.getEnvironment().getProperty("copydesk.database.embedded.active"))
                    .isEqualTo("false");
        }
        try (var context = new SpringApplicationBuilder(Object.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                .run()) {
            assertThat(context.getEnvironment().getProperty("copydesk.database.embedded.active"))
                    .isEqualTo("true");
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void without_a_datasource_url_embedded_mode_is_active_and_the_app_listens_on_loopback_only() {
        postProcess();

        assertThat(environment.getProperty("copydesk.database.embedded.active")).isEqualTo("true");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void with_a_datasource_url_embedded_mode_is_inactive_and_the_server_address_is_left_alone() {
        configure(Map.of("spring.datasource.url", "jdbc:postgresql://db.example:5432/copydesk"));

        postProcess();

        assertThat(environment.getProperty("copydesk.database.embedded.active")).isEqualTo("false");
        assertThat(environment.getProperty("server.address")).isNull();
    }

    @Test
    void a_datasource_url_added_after_post_processing_still_turns_embedded_mode_off() {
        postProcess();

        configure(Map.of("spring.datasource.url", "jdbc:postgresql://db.example:5432/copydesk"));

        assertThat(environment.getProperty("copydesk.database.embedded.active")).isEqualTo("false");
    }

    @Test
    void a_configured_server_address_wins_over_the_loopback_default() {
        configure(Map.of("server.address", "0.0.0.0"));

        postProcess();

        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void demo_accounts_exist_only_on_the_embedded_database_with_the_server_on_loopback() {
        postProcess();
        assertThat(environment.getProperty("copydesk.demo-accounts.enabled")).isEqualTo("true");

        configure(Map.of("server.address", "0.0.0.0"));
        assertThat(environment.getProperty("copydesk.demo-accounts.enabled")).isEqualTo("false");

        environment.getPropertySources().replace("test", new MapPropertySource("test", Map.of("server.address", "")));
        assertThat(environment.getProperty("copydesk.demo-accounts.enabled")).isEqualTo("false");

        environment
                .getPropertySources()
                .replace("test", new MapPropertySource("test", Map.of("server.address", "::1")));
        assertThat(environment.getProperty("copydesk.demo-accounts.enabled")).isEqualTo("true");

        environment
                .getPropertySources()
                .replace(
                        "test",
                        new MapPropertySource(
                                "test",
                                Map.of(
                                        "server.address",
                                        "127.0.0.1",
                                        "spring.datasource.url",
                                        "jdbc:postgresql://db.example:5432/copydesk")));
        assertThat(environment.getProperty("copydesk.demo-accounts.enabled")).isEqualTo("false");
    }

    @Test
    void on_the_embedded_database_flyway_migrates_as_the_owner_and_elsewhere_as_configured() {
        postProcess();
        assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("copydesk");

        configure(Map.of("spring.datasource.url", "jdbc:postgresql://db.example:5432/copydesk"));
        assertThat(environment.getProperty("spring.flyway.user")).isNull();
    }

    @Test
    void the_plain_COPYDESK_DATA_DIR_variable_sets_the_data_folder() {
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("COPYDESK_DATA_DIR", "/srv/copydesk/pg17")));

        postProcess();

        assertThat(environment.getProperty("copydesk.database.embedded.data-dir"))
                .isEqualTo("/srv/copydesk/pg17");
    }

    private void configure(Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    }

    private void postProcess() {
        new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
    }
}
