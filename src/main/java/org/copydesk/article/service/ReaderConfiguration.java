package org.copydesk.article.service;

import org.copydesk.article.reader.ArticleReaders;
import org.copydesk.article.reader.ImportLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The readers are plain classes; this makes them available to the services, with the configured size limit. */
@Configuration(proxyBeanMethods = false)
class ReaderConfiguration {

    @Bean
    ArticleReaders articleReaders(@Value("${copydesk.import.max-size:10MB}") DataSize maxSize) {
        return new ArticleReaders(new ImportLimits(
                Math.toIntExact(maxSize.toBytes()),
                ImportLimits.DEFAULT.maxLineLength(),
                ImportLimits.DEFAULT.maxParagraphs()));
    }
}
