package org.copydesk.article.service;

import org.copydesk.article.reader.ArticleReaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readers are plain classes; this makes them available to the services. */
@Configuration(proxyBeanMethods = false)
class ReaderConfiguration {

    @Bean
    ArticleReaders articleReaders() {
        return new ArticleReaders();
    }
}
