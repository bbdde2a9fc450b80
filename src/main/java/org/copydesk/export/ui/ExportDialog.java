package org.copydesk.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.export.service.BatchRequest;
import org.copydesk.export.service.ExportResult;
import org.copydesk.export.service.ExportService;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;

/**
 * Chooses formats and options and downloads the export: one article in one format as its file, anything more as a
 * ZIP streamed while a progress bar follows the articles written. Open it with {@link #open(long)} or
 * {@link #button(long)}; the server applies the export rules whatever the dialog shows.
 */
@StyleSheet("styles/export.css")
public class ExportDialog extends Dialog {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ExportService exports;
    private final List<Long> articleIds;
    private final CheckboxGroup<ExportFormat> formats = new CheckboxGroup<>();
    private final Checkbox boilerplate = new Checkbox();
    private final RadioButtonGroup<ExportOptions.PageSize> paper = new RadioButtonGroup<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph refusal = new Paragraph();
    private final Anchor download;
    // What the download handler reads: set on the UI thread, read on the download request's thread.
    private volatile Choice choice;

    record Choice(Set<ExportFormat> formats, ExportOptions options) {}

    ExportDialog(ExportService exports, List<Long> articleIds) {
        this.exports = exports;
        this.articleIds = List.copyOf(articleIds);
        addClassName("export-dialog");
        setHeaderTitle(
                articleIds.size() == 1
                        ? getTranslation("export.title.one")
                        : getTranslation("export.title.many", articleIds.size()));
        formats.setLabel(getTranslation("export.formats"));
        formats.setItems(ExportFormat.values());
        formats.setItemLabelGenerator(format -> getTranslation("export.format." + format.code()));
        formats.setValue(Set.of(ExportFormat.DOCX));
        boilerplate.setLabel(getTranslation("export.boilerplate"));
        paper.setLabel(getTranslation("export.paper"));
        paper.setItems(ExportOptions.PageSize.values());
        paper.setItemLabelGenerator(
                size -> getTranslation("export.paper." + size.name().toLowerCase(Locale.ROOT)));
        paper.setValue(ExportOptions.PageSize.A4);
        progress.setVisible(false);
        refusal.addClassName("export-refusal");
        download = new Anchor((DownloadHandler) this::handleDownload, "");
        download.add(new Button(getTranslation("export.download"), VaadinIcon.DOWNLOAD.create()));
        download.addClassName("export-download");
        download.getElement().addEventListener("click", e -> started());
        formats.addValueChangeListener(e -> choose());
        boilerplate.addValueChangeListener(e -> choose());
        paper.addValueChangeListener(e -> choose());
        choose();
        add(formats, boilerplate, paper, refusal, progress);
        var close = new Button(getTranslation("export.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close, download);
    }

    /** Opens the dialog for one article (the workspace header uses this). */
    public static void open(long articleId) {
        open(service(), List.of(articleId));
    }

    /** A button that opens the dialog for one article. */
    public static Button button(long articleId) {
        var button = new Button(VaadinIcon.DOWNLOAD_ALT.create(), e -> open(articleId));
        button.setText(button.getTranslation("export.button"));
        button.addClassName("export-button");
        return button;
    }

    static void open(ExportService exports, List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            Notification.show(
                    UI.getCurrent().getTranslation("export.none-selected"), 4000, Notification.Position.MIDDLE);
            return;
        }
        new ExportDialog(exports, articleIds).open();
    }

    private static ExportService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ExportService.class);
    }

    private boolean single() {
        return articleIds.size() == 1 && choice.formats().size() == 1;
    }

    private void choose() {
        choice = new Choice(
                EnumSet.copyOf(formats.getValue().isEmpty() ? Set.of(ExportFormat.DOCX) : formats.getValue()),
                new ExportOptions(boilerplate.getValue(), paper.getValue()));
        String why = formats.getValue().isEmpty()
                ? getTranslation("export.no-format")
                : single()
                        ? exports.refusal(articleIds.getFirst(), choice.formats())
                                .orElse("")
                        : "";
        refusal.setText(why);
        download.setEnabled(why.isEmpty());
    }

    private void started() {
        if (!single()) {
            progress.setVisible(true);
            progress.setValue(0);
            getUI().ifPresent(ui -> ui.setPollInterval(500));
        }
    }

    private void handleDownload(DownloadEvent event) throws IOException {
        Choice chosen = choice;
        UI ui = event.getUI();
        if (articleIds.size() == 1 && chosen.formats().size() == 1) {
            ExportFormat format = chosen.formats().iterator().next();
            switch (exports.export(articleIds.getFirst(), format, chosen.options())) {
                case ExportResult.Exported file -> {
                    event.setFileName(file.fileName());
                    event.setContentType(file.mediaType());
                    event.setContentLength(file.content().length);
                    event.getOutputStream().write(file.content());
                }
                case ExportResult.NotFound notFound -> refuse(event, ui, getTranslation("export.not-found"));
                case ExportResult.NotAllowed notAllowed -> refuse(event, ui, notAllowed.reason());
            }
            return;
        }
        event.setFileName("copydesk-export-" + STAMP.format(Clock.systemUTC().instant()) + ".zip");
        event.setContentType("application/zip");
        try {
            exports.exportBatch(
                    new BatchRequest(articleIds, chosen.formats(), chosen.options()),
                    event.getOutputStream(),
                    (done, all) -> ui.access(() -> progress.setValue(done / (double) all)));
        } finally {
            ui.access(() -> {
                progress.setValue(1);
                ui.setPollInterval(-1);
            });
        }
    }

    private static void refuse(DownloadEvent event, UI ui, String reason) {
        event.getResponse().setStatus(403);
        ui.access(() -> Notification.show(reason, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
