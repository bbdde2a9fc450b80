package org.copydesk.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.copydesk.editing.service.SaveResult;

/**
 * Shown when a save was based on an old revision: the common base, their newer text and mine side by side.
 * Nothing has been saved yet; the editor chooses.
 */
class ConflictDialog extends Dialog {

    enum Choice {
        KEEP_MINE,
        TAKE_THEIRS
    }

    @FunctionalInterface
    interface Resolution {
        void resolve(Choice choice, SaveResult.Conflict conflict, String mine);
    }

    ConflictDialog(String mine, SaveResult.Conflict conflict, Resolution resolution) {
        setHeaderTitle(getTranslation("conflict.title"));
        addClassName("conflict-dialog");
        setWidth("min(1100px, 95vw)");
        var intro = new Paragraph(getTranslation(
                "conflict.intro",
                conflict.theirs().updatedBy(),
                conflict.theirs().revision(),
                conflict.base().number()));
        var columns = new Div(
                column(
                        getTranslation("conflict.base", conflict.base().number()),
                        conflict.base().text()),
                column(
                        getTranslation(
                                "conflict.theirs",
                                conflict.theirs().revision(),
                                conflict.theirs().updatedBy()),
                        conflict.theirs().correctedText()),
                column(getTranslation("conflict.mine"), mine));
        columns.addClassName("conflict-columns");
        add(intro, columns);
        var takeTheirs = new Button(getTranslation("conflict.take-theirs"), e -> {
            close();
            resolution.resolve(Choice.TAKE_THEIRS, conflict, mine);
        });
        var keepMine = new Button(getTranslation("conflict.keep-mine"), e -> {
            close();
            resolution.resolve(Choice.KEEP_MINE, conflict, mine);
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(takeTheirs, keepMine);
    }

    private static Div column(String title, String text) {
        var body = new Div();
        body.setText(text);
        body.addClassName("conflict-text");
        var column = new Div(new H4(title), body);
        column.addClassName("conflict-column");
        return column;
    }
}
