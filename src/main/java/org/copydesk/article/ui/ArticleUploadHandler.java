package org.copydesk.article.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.reader.ImportProblem;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.UploadLimit;

/**
 * Imports an uploaded file while it streams in, reading no more than the article size limit (the same limit and
 * the same reasons as the REST API), and hands the outcome to {@code onResult}.
 */
class ArticleUploadHandler implements UploadHandler {

    private final ArticleImportService importer;
    private final UploadLimit limit;
    private final Function<String, String> unsupportedMessage;
    private final Consumer<ImportResult> onResult;

    ArticleUploadHandler(
            ArticleImportService importer,
            UploadLimit limit,
            Function<String, String> unsupportedMessage,
            Consumer<ImportResult> onResult) {
        this.importer = importer;
        this.limit = limit;
        this.unsupportedMessage = unsupportedMessage;
        this.onResult = onResult;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName() == null ? "" : event.getFileName();
        onResult.accept(importFrom(name, event.getInputStream()));
    }

    ImportResult importFrom(String fileName, InputStream content) throws IOException {
        Optional<ArticleFormat> format = ArticleFormat.fromFileName(fileName);
        if (format.isEmpty()) {
            return new ImportResult.Rejected(ImportProblem.UNSUPPORTED_FORMAT, unsupportedMessage.apply(fileName));
        }
        try (InputStream in = content) {
            return limit.read(in)
                    .<ImportResult>map(bytes -> importer.importArticle(bytes, format.get()))
                    .orElseGet(limit::tooLarge);
        }
    }
}
