package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class EmbeddedPostgresFailureAnalyzerTest {

    @Test
    void a_data_folder_in_use_is_reported_in_one_sentence_with_what_to_do() {
        var inUse = new EmbeddedPostgresException(
                "The data folder /x/.data/pg17 is already in use by another Copydesk (pid 42). Stop it first.");
        var wrapped = new BeanCreationException("dataSource", "failed", new IllegalStateException(inUse));

        var analysis = new EmbeddedPostgresFailureAnalyzer().analyze(wrapped);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("already in use by another Copydesk (pid 42)");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
