package org.copydesk.export.service;

import org.copydesk.export.writer.ArticleWriters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The writers are plain classes; this makes them available to the services. */
@Configuration(proxyBeanMethods = false)
class WriterConfiguration {

    @Bean
    ArticleWriters articleWriters() {
        return new ArticleWriters();
    }
}
