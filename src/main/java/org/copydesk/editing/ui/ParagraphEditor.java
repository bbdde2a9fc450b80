package org.copydesk.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.base.ui.StatusBadge;
import org.copydesk.base.ui.ViewerTime;
import org.copydesk.editing.diff.WordDiff;
import org.copydesk.editing.service.SaveResult;
import org.jspecify.annotations.Nullable;

/**
 * The corrected side of one paragraph: the text, its word diff against the source, status, revision and Save. Typing
 * reaches the server only after a pause (never per keystroke) and is kept as a server-side draft; a changed text is
 * marked unsaved until it is saved or discarded. A save always names the revision it was typed on; a newer one on the
 * server opens the conflict dialog instead of overwriting it. Keys: Ctrl+Enter save, Ctrl+Shift+Enter save and go
 * to the next paragraph needing work, Alt+Up/Down previous/next paragraph, Esc discard (after confirming).
 */
public class ParagraphEditor extends Div {

    /** How long typing must pause before the text goes to the server (and into the draft). */
    static final int SYNC_AFTER_MILLIS = 700;

    public enum Move {
        PREVIOUS,
        NEXT,
        NEXT_NEEDING_WORK
    }

    /** What the editor tells the screen around it. */
    public interface Listener {
        /** The local text changed: it may have become unsaved, or clean again. */
        void edited(ParagraphEditor editor);

        /** The paragraph now stands as {@code row} (saved, restored, or theirs taken). */
        void saved(ParagraphRow row);

        void move(ParagraphEditor editor, Move move);

        void focused(ParagraphEditor editor);
    }

    private final EditorServices services;
    private final Listener listener;
    private final TextArea text = new TextArea();
    private final DiffView diff = new DiffView();
    private final StatusBadge status = new StatusBadge("untouched", "");
    private final Span unsaved = new Span();
    private final Span revisionInfo = new Span();
    private final Span changedElsewhere = new Span();
    private final Button save = new Button();
    private final Div footer;
    private ParagraphRow paragraph;
    private int baseRevision;
    private boolean showing;
    private boolean constructed;

    public ParagraphEditor(
            ParagraphRow paragraph, @Nullable LocalEdit local, EditorServices services, Listener listener) {
        this.services = services;
        this.listener = listener;
        this.paragraph = paragraph;
        addClassName("paragraph-editor");
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(SYNC_AFTER_MILLIS);
        text.setAriaLabel(getTranslation("editor.corrected-text", paragraph.position() + 1));
        text.addValueChangeListener(e -> {
            if (!showing) {
                typed();
            }
        });
        text.addFocusListener(e -> listener.focused(this));
        keys();
        save.setText(getTranslation("editor.save"));
        save.addClassName("save-button");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> save(() -> {}));
        save.getElement().setAttribute("title", getTranslation("editor.save-shortcut"));
        var history = new Button(VaadinIcon.CLOCK.create(), e -> openHistory());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.setAriaLabel(getTranslation("editor.history"));
        history.setTooltipText(getTranslation("editor.history"));
        history.addClassName("history-button");
        unsaved.setText(getTranslation("editor.unsaved"));
        unsaved.addClassName("unsaved-mark");
        revisionInfo.addClassName("revision-info");
        changedElsewhere.addClassName("changed-elsewhere");
        changedElsewhere.setVisible(false);
        diff.addClassName("source-diff");
        footer = new Div(status, unsaved, revisionInfo, history, save);
        footer.addClassName("editor-footer");
        add(text, changedElsewhere, diff, footer);
        show(paragraph);
        if (local != null && !local.text().equals(paragraph.correctedText())) {
            baseRevision = local.baseRevision();
            showing = true;
            text.setValue(local.text());
            showing = false;
            refreshState();
        }
        constructed = true;
    }

    /**
     * Key handlers read the text from the browser with the key press itself: a lazy value change may still be
     * waiting in the browser when Ctrl+Enter comes, and the save must take what is on the screen.
     */
    private void keys() {
        onKey("event.key === 'Enter' && event.ctrlKey && !event.shiftKey && !event.altKey", true, () -> save(() -> {}));
        onKey(
                "event.key === 'Enter' && event.ctrlKey && event.shiftKey",
                true,
                () -> save(() -> listener.move(this, Move.NEXT_NEEDING_WORK)));
        onKey("event.key === 'ArrowUp' && event.altKey", true, () -> listener.move(this, Move.PREVIOUS));
        onKey("event.key === 'ArrowDown' && event.altKey", true, () -> listener.move(this, Move.NEXT));
        onKey("event.key === 'Escape'", false, this::confirmDiscard);
    }

    private void onKey(String filter, boolean preventDefault, Runnable action) {
        var registration = text.getElement()
                .addEventListener("keydown", e -> {
                    var value = e.getEventData().get("element.value");
                    if (value != null && value.isString() && !value.asString().equals(text.getValue())) {
                        text.setValue(value.asString());
                    }
                    action.run();
                })
                .setFilter(filter)
                .addEventData("element.value");
        if (preventDefault) {
            registration.preventDefault();
        }
    }

    /** Saves the text; {@code afterSave} runs only when a revision was written or nothing needed saving. */
    public void save(Runnable afterSave) {
        String value = text.getValue();
        if (value.isBlank() && !paragraph.correctedText().isBlank()) {
            var confirm = new ConfirmDialog(
                    getTranslation("editor.empty-title"),
                    getTranslation("editor.empty-text", paragraph.position() + 1),
                    getTranslation("editor.empty-confirm"),
                    e -> write(value, baseRevision, afterSave));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("editor.keep-editing"));
            confirm.addClassName("empty-text-confirm");
            confirm.open();
            return;
        }
        write(value, baseRevision, afterSave);
    }

    private void write(String value, int base, Runnable afterSave) {
        showResult(services.editing().save(paragraph.id(), value, base), value, afterSave);
    }

    /**
     * Shows the outcome of a save made for this paragraph elsewhere (accepting a suggestion, for example) as if Save
     * had been pressed: the new revision, or the conflict dialog with {@code attempted} as the text that was meant.
     */
    public void showSaveResult(SaveResult result, String attempted) {
        showResult(result, attempted, () -> {});
    }

    /** The revision a save from this editor is based on: the one the text on screen was typed on. */
    public int baseRevision() {
        return baseRevision;
    }

    private void showResult(SaveResult result, String value, Runnable afterSave) {
        switch (result) {
            case SaveResult.Saved saved -> {
                show(saved.paragraph());
                listener.saved(saved.paragraph());
                notify(getTranslation("editor.saved", saved.paragraph().revision()), NotificationVariant.LUMO_SUCCESS);
                afterSave.run();
            }
            case SaveResult.Unchanged unchanged -> {
                services.drafts().discard(paragraph.id());
                show(unchanged.paragraph());
                listener.saved(unchanged.paragraph());
                afterSave.run();
            }
            case SaveResult.Conflict conflict -> new ConflictDialog(value, conflict, this::resolve).open();
            case SaveResult.NotAllowed notAllowed -> notify(notAllowed.reason(), NotificationVariant.LUMO_ERROR);
            case SaveResult.Invalid invalid -> notify(invalid.reason(), NotificationVariant.LUMO_ERROR);
            case SaveResult.NotFound notFound -> notify(getTranslation("editor.gone"), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Called by the conflict dialog: the chosen text is saved on top of their revision, or theirs is taken. */
    private void resolve(SaveResult.Conflict conflict, ConflictDialog.Choice choice, String chosen) {
        if (choice == ConflictDialog.Choice.TAKE_THEIRS) {
            services.drafts().discard(paragraph.id());
            show(conflict.theirs());
            listener.saved(conflict.theirs());
            return;
        }
        write(chosen, conflict.theirs().revision(), () -> {});
    }

    /** Asks, then throws the unsaved text away and shows the saved text again. */
    public void confirmDiscard() {
        if (!isDirty()) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("editor.discard-title"),
                getTranslation("editor.discard-text", paragraph.position() + 1),
                getTranslation("editor.discard-confirm"),
                e -> discard());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.keep-editing"));
        confirm.addClassName("discard-confirm");
        confirm.open();
    }

    /** Throws the unsaved text and its draft away, without asking. */
    public void discard() {
        services.drafts().discard(paragraph.id());
        show(paragraph);
        listener.edited(this);
    }

    /**
     * Someone saved a newer revision: shown at once when nothing is typed here; otherwise the local text stays and a
     * note says who changed it, with a button to compare (the conflict dialog).
     */
    /**
     * A review step changed the paragraph's status, not its text: shows the new status and keeps whatever is being
     * typed. A newer revision is shown as {@link #showNewer} does.
     */
    public void showStatus(ParagraphRow current) {
        if (current.revision() != paragraph.revision()) {
            showNewer(current);
            return;
        }
        paragraph = current;
        status.show(
                current.status().code(),
                getTranslation("paragraph.status." + current.status().code()));
    }

    public void showNewer(ParagraphRow newer) {
        if (newer.revision() <= paragraph.revision()) {
            return;
        }
        if (!isDirty()) {
            // Text typed in the last moments may not have reached the server yet: ask the browser before replacing it.
            text.getElement()
                    .executeJs("return !!this.closest('.paragraph-panel')?.classList.contains('typing')")
                    .then(Boolean.class, typing -> {
                        if (typing) {
                            changedBy(newer);
                        } else if (!isDirty()) {
                            show(newer);
                        } else {
                            changedBy(newer);
                        }
                    });
            return;
        }
        changedBy(newer);
    }

    private void changedBy(ParagraphRow newer) {
        changedElsewhere.removeAll();
        var compare = new Button(getTranslation("editor.compare"), e -> save(() -> {}));
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        changedElsewhere.add(new Span(getTranslation("editor.changed-by", newer.updatedBy())), compare);
        changedElsewhere.setVisible(true);
    }

    private void openHistory() {
        services.editing()
                .history(paragraph.id())
                .ifPresent(revisions -> new HistoryPanel(
                                paragraph,
                                revisions,
                                (number, base) -> services.restore().restore(paragraph.id(), number, base),
                                this::restored)
                        .open());
    }

    private void restored(SaveResult result) {
        switch (result) {
            case SaveResult.Saved saved -> {
                services.drafts().discard(paragraph.id());
                show(saved.paragraph());
                listener.saved(saved.paragraph());
                notify(
                        getTranslation("history.restored", saved.paragraph().revision()),
                        NotificationVariant.LUMO_SUCCESS);
            }
            case SaveResult.Unchanged unchanged -> show(unchanged.paragraph());
            case SaveResult.Conflict conflict ->
                notify(
                        getTranslation(
                                "history.restore-conflict", conflict.theirs().updatedBy()),
                        NotificationVariant.LUMO_ERROR);
            case SaveResult.NotAllowed notAllowed -> notify(notAllowed.reason(), NotificationVariant.LUMO_ERROR);
            case SaveResult.Invalid invalid -> notify(invalid.reason(), NotificationVariant.LUMO_ERROR);
            case SaveResult.NotFound notFound -> notify(getTranslation("editor.gone"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void typed() {
        if (isDirty()) {
            services.drafts()
                    .keep(paragraph.articleId(), paragraph.id(), text.getValue(), baseRevision)
                    .ifPresent(problem -> notify(problem, NotificationVariant.LUMO_ERROR));
        } else {
            services.drafts().discard(paragraph.id());
        }
        refreshState();
        listener.edited(this);
    }

    private void show(ParagraphRow current) {
        paragraph = current;
        baseRevision = current.revision();
        showing = true;
        text.setValue(current.correctedText());
        showing = false;
        status.show(
                current.status().code(),
                getTranslation("paragraph.status." + current.status().code()));
        revisionInfo.setText(getTranslation(
                "editor.revision-at", current.revision(), current.updatedBy(), ViewerTime.format(current.updatedAt())));
        changedElsewhere.setVisible(false);
        refreshState();
    }

    private void refreshState() {
        boolean dirty = isDirty();
        setClassName("unsaved", dirty);
        unsaved.setVisible(dirty);
        save.setEnabled(dirty);
        diff.show(WordDiff.between(paragraph.sourceText(), text.getValue()));
        diff.setVisible(!paragraph.sourceText().equals(text.getValue()));
        if (constructed && !dirty) {
            getElement().executeJs("this.closest('.paragraph-panel')?.classList.remove('typing')");
        }
    }

    public boolean isDirty() {
        return !text.getValue().equals(paragraph.correctedText()) || baseRevision != paragraph.revision();
    }

    /** The unsaved text, when there is any. */
    public Optional<LocalEdit> localEdit() {
        return isDirty() ? Optional.of(new LocalEdit(text.getValue(), baseRevision)) : Optional.empty();
    }

    public ParagraphRow paragraph() {
        return paragraph;
    }

    /** Puts the cursor into the text once the browser has it in the page (a virtual list may add it a moment later). */
    public void focusText() {
        text.getElement()
                .executeJs("const el = this; let tries = 0;"
                        + " const go = () => { if (el.isConnected) { el.focus(); }"
                        + " else if (tries++ < 80) { setTimeout(go, 25); } }; go();");
    }

    /** Where a screen adds its own controls beside Save (review actions, for example). */
    public Div footer() {
        return footer;
    }

    public TextArea textArea() {
        return text;
    }

    public Button saveButton() {
        return save;
    }

    public DiffView diffView() {
        return diff;
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
