package org.copydesk.editing.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.base.ui.StatusBadge;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;

/**
 * The corrected side of one paragraph: the text, its status and revision, and Save (button or Ctrl+Enter). A save
 * always names the revision it was based on; a newer one on the server opens the conflict dialog instead.
 */
public class ParagraphEditor extends Div {

    private final ParagraphEditingService editing;
    private final TextArea text = new TextArea();
    private final StatusBadge status = new StatusBadge("untouched", "");
    private final Span revisionInfo = new Span();
    private final Button save = new Button();
    private ParagraphRow paragraph;

    public ParagraphEditor(ParagraphRow paragraph, ParagraphEditingService editing) {
        this.editing = editing;
        this.paragraph = paragraph;
        addClassName("paragraph-editor");
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setAriaLabel(getTranslation("editor.corrected-text", paragraph.position() + 1));
        text.addValueChangeListener(e -> save.setEnabled(!e.getValue().equals(this.paragraph.correctedText())));
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> save(text.getValue(), this.paragraph.revision()));
        save.getElement().setAttribute("title", getTranslation("editor.save-shortcut"));
        Shortcuts.addShortcutListener(
                        text, () -> save(text.getValue(), this.paragraph.revision()), Key.ENTER, KeyModifier.CONTROL)
                .listenOn(text);
        revisionInfo.addClassName("revision-info");
        var footer = new Div(status, revisionInfo, save);
        footer.addClassName("editor-footer");
        add(text, footer);
        show(paragraph);
    }

    private void save(String newText, int baseRevision) {
        switch (editing.save(paragraph.id(), newText, baseRevision)) {
            case SaveResult.Saved saved -> {
                show(saved.paragraph());
                notify(getTranslation("editor.saved", saved.paragraph().revision()), NotificationVariant.LUMO_SUCCESS);
            }
            case SaveResult.Unchanged unchanged -> show(unchanged.paragraph());
            case SaveResult.Conflict conflict -> new ConflictDialog(newText, conflict, this::resolve).open();
            case SaveResult.NotAllowed notAllowed -> notify(notAllowed.reason(), NotificationVariant.LUMO_ERROR);
            case SaveResult.Invalid invalid -> notify(invalid.reason(), NotificationVariant.LUMO_ERROR);
            case SaveResult.NotFound notFound -> notify(getTranslation("editor.gone"), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Called by the conflict dialog: keep mine saves my text on top of theirs; take theirs shows theirs. */
    private void resolve(ConflictDialog.Choice choice, SaveResult.Conflict conflict, String mine) {
        show(conflict.theirs());
        if (choice == ConflictDialog.Choice.KEEP_MINE) {
            text.setValue(mine);
            save(mine, conflict.theirs().revision());
        }
    }

    private void show(ParagraphRow current) {
        paragraph = current;
        text.setValue(current.correctedText());
        status.show(
                current.status().code(),
                getTranslation("paragraph.status." + current.status().code()));
        revisionInfo.setText(getTranslation("editor.revision", current.revision(), current.updatedBy()));
        save.setEnabled(false);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    public TextArea textArea() {
        return text;
    }

    public Button saveButton() {
        return save;
    }
}
