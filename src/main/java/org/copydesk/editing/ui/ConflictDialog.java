package org.copydesk.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.copydesk.editing.diff.MergeResult;
import org.copydesk.editing.diff.ThreeWayMerge;
import org.copydesk.editing.diff.WordDiff;
import org.copydesk.editing.service.SaveResult;

/**
 * Shown when a save was based on an old revision: the common base, their newer text and mine, each change against
 * the base highlighted, and a fourth, editable text that combines both sides' changes where they do not overlap.
 * Nothing has been saved yet; whatever the editor chooses is saved on top of their revision.
 */
public class ConflictDialog extends Dialog {

    /** What to do with the paragraph: save {@code text} on top of theirs, or take theirs and drop mine. */
    @FunctionalInterface
    public interface Resolution {
        void resolve(SaveResult.Conflict conflict, Choice choice, String text);
    }

    public enum Choice {
        SAVE,
        TAKE_THEIRS
    }

    private final TextArea combined = new TextArea();
    private final MergeResult merge;

    public ConflictDialog(String mine, SaveResult.Conflict conflict, Resolution resolution) {
        String base = conflict.base().text();
        String theirs = conflict.theirs().correctedText();
        merge = ThreeWayMerge.merge(base, mine, theirs);
        setHeaderTitle(getTranslation("conflict.title"));
        addClassName("conflict-dialog");
        setWidth("min(1200px, 96vw)");
        var intro = new Paragraph(getTranslation(
                "conflict.intro",
                conflict.theirs().updatedBy(),
                conflict.theirs().revision(),
                conflict.base().number()));
        var columns = new Div(
                column(
                        getTranslation("conflict.base", conflict.base().number()),
                        new DiffView(WordDiff.between(base, base))),
                column(
                        getTranslation(
                                "conflict.theirs",
                                conflict.theirs().revision(),
                                conflict.theirs().updatedBy()),
                        new DiffView(WordDiff.between(base, theirs))),
                column(getTranslation("conflict.mine"), new DiffView(WordDiff.between(base, mine))));
        columns.addClassName("conflict-columns");
        combined.setLabel(getTranslation("conflict.combined"));
        combined.setHelperText(
                merge.isClean()
                        ? getTranslation("conflict.combined-clean")
                        : getTranslation("conflict.combined-overlaps", merge.overlaps()));
        combined.setValue(merge.text());
        combined.setWidthFull();
        combined.addClassName("conflict-combined");
        add(intro, columns, combined);
        var takeTheirs = new Button(getTranslation("conflict.take-theirs"), e -> {
            close();
            resolution.resolve(conflict, Choice.TAKE_THEIRS, theirs);
        });
        var keepMine = new Button(getTranslation("conflict.keep-mine"), e -> {
            close();
            resolution.resolve(conflict, Choice.SAVE, mine);
        });
        var saveCombined = new Button(getTranslation("conflict.save-combined"), e -> {
            close();
            resolution.resolve(conflict, Choice.SAVE, combined.getValue());
        });
        saveCombined.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(takeTheirs, keepMine, saveCombined);
    }

    /** The editable combined text, as the merge proposed it or as the editor changed it. */
    public TextArea combined() {
        return combined;
    }

    public MergeResult merge() {
        return merge;
    }

    private static Div column(String title, DiffView text) {
        text.addClassName("conflict-text");
        var column = new Div(new H4(title), text);
        column.addClassName("conflict-column");
        return column;
    }
}
