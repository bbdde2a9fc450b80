package org.copydesk.export.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;

/** Many articles in one or more formats, as one ZIP. */
public record BatchRequest(List<Long> articleIds, Set<ExportFormat> formats, ExportOptions options) {

    /** Far above a day's work for a desk; keeps one request from asking for the whole archive by accident. */
    public static final int MAX_ARTICLES = 10_000;

    public BatchRequest {
        articleIds = List.copyOf(articleIds);
        formats = Set.copyOf(formats);
    }

    /** What is wrong with the request itself, before any article is read; empty when it can be served. */
    public Optional<String> problem() {
        if (articleIds.isEmpty()) {
            return Optional.of("Choose at least one article to export.");
        }
        if (articleIds.size() > MAX_ARTICLES) {
            return Optional.of("A batch may hold at most " + MAX_ARTICLES + " articles; this one asks for "
                    + articleIds.size() + ".");
        }
        if (formats.isEmpty()) {
            return Optional.of("Choose at least one format to export.");
        }
        return Optional.empty();
    }
}
