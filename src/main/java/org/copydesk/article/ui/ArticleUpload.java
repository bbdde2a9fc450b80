package org.copydesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.UploadLimit;

/**
 * The import button: a .txt, .md, .html or .docx file goes to the import service, which answers with the article or a specific
 * reason it was refused; the same reasons the REST API gives.
 */
class ArticleUpload extends Upload {

    ArticleUpload(ArticleImportService importer, Consumer<Long> onImported) {
        UI ui = UI.getCurrent();
        var limit = new UploadLimit(importer.maxSize());
        setUploadHandler(new ArticleUploadHandler(
                importer,
                limit,
                name -> getTranslation("upload.unsupported", name),
                result -> ui.access(() -> report(result, onImported))));
        setAcceptedFileTypes(
                ".txt",
                ".md",
                ".markdown",
                ".html",
                ".htm",
                ".docx",
                "text/plain",
                "text/markdown",
                "text/html",
                ArticleFormat.DOCX.mediaType());
        setMaxFiles(1);
        // The browser refuses bigger files before sending them; the handler enforces the same limit on the server.
        setMaxFileSize(Math.toIntExact(limit.maxBytes()));
        setDropAllowed(true);
        var button = new Button(getTranslation("upload.button"), VaadinIcon.UPLOAD.create());
        setUploadButton(button);
        addFileRejectedListener(e -> error(e.getErrorMessage()));
        addClassName("article-upload");
    }

    private void report(ImportResult result, Consumer<Long> onImported) {
        clearFileList();
        switch (result) {
            case ImportResult.Imported i -> {
                success(getTranslation("upload.imported", i.title(), i.paragraphCount()));
                onImported.accept(i.articleId());
            }
            case ImportResult.AlreadyImported a -> {
                success(getTranslation("upload.already", a.title()));
                onImported.accept(a.articleId());
            }
            case ImportResult.Rejected r -> error(r.message());
        }
    }

    private static void success(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
