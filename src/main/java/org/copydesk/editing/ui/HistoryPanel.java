package org.copydesk.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.base.ui.ViewerTime;
import org.copydesk.editing.diff.WordDiff;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.editing.service.SaveResult;

/**
 * A paragraph's history: every revision with its author, time (in the viewer's zone), kind and base, a word diff
 * between any two revisions or a revision and the source, and "restore this", which writes a new revision.
 */
public class HistoryPanel extends Dialog {

    /** Stands for the source text in the comparison choosers. */
    static final int SOURCE = 0;

    private final ParagraphRow paragraph;
    private final List<RevisionSummary> revisions;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final DiffView diff = new DiffView();

    /**
     * @param restore writes the chosen revision's text as a new revision and returns the outcome
     * @param onRestored called with the paragraph as it stands after a successful restore
     */
    public HistoryPanel(
            ParagraphRow paragraph,
            List<RevisionSummary> revisions,
            RestoreAction restore,
            Consumer<SaveResult> onRestored) {
        this.paragraph = paragraph;
        this.revisions = revisions;
        addClassName("history-panel");
        setHeaderTitle(getTranslation("history.title", paragraph.position() + 1));
        setWidth("min(900px, 96vw)");
        var list = new Div();
        list.addClassName("history-list");
        for (RevisionSummary revision : revisions.reversed()) {
            list.add(entry(revision, restore, onRestored));
        }
        List<Integer> choices = new java.util.ArrayList<>();
        choices.add(SOURCE);
        revisions.forEach(r -> choices.add(r.number()));
        for (Select<Integer> select : List.of(from, to)) {
            select.setItems(choices);
            select.setItemLabelGenerator(
                    n -> n == SOURCE ? getTranslation("history.source") : getTranslation("history.revision", n));
            select.addValueChangeListener(e -> compare());
        }
        from.setLabel(getTranslation("history.compare-from"));
        to.setLabel(getTranslation("history.compare-to"));
        from.setValue(SOURCE);
        to.setValue(revisions.isEmpty() ? SOURCE : revisions.getLast().number());
        var chooser = new Div(from, to);
        chooser.addClassName("history-compare");
        diff.addClassName("history-diff");
        add(chooser, diff, list);
        var close = new Button(getTranslation("history.close"), e -> close());
        getFooter().add(close);
    }

    @FunctionalInterface
    public interface RestoreAction {
        SaveResult restore(int number, int baseRevision);
    }

    /** Shows the word diff between the two chosen texts. */
    void compare(int older, int newer) {
        from.setValue(older);
        to.setValue(newer);
    }

    DiffView diff() {
        return diff;
    }

    private void compare() {
        if (from.getValue() != null && to.getValue() != null) {
            diff.show(WordDiff.between(text(from.getValue()), text(to.getValue())));
        }
    }

    private String text(int number) {
        if (number == SOURCE) {
            return paragraph.sourceText();
        }
        return revisions.stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .map(RevisionSummary::text)
                .orElse("");
    }

    private Div entry(RevisionSummary revision, RestoreAction restore, Consumer<SaveResult> onRestored) {
        var title = new Span(getTranslation("history.revision", revision.number()));
        title.addClassName("history-number");
        var meta = new Span(getTranslation(
                revision.baseRevision() == null ? "history.meta" : "history.meta-based",
                revision.author(),
                ViewerTime.format(revision.createdAt()),
                getTranslation("revision.kind." + revision.kind().code()),
                revision.baseRevision() == null ? "" : revision.baseRevision()));
        meta.addClassName("history-meta");
        var text = new Div();
        text.setText(revision.text());
        text.addClassName("history-text");
        var entry = new Div(title, meta, text);
        entry.addClassName("history-entry");
        entry.getElement().setAttribute("data-revision", String.valueOf(revision.number()));
        int newest = revisions.getLast().number();
        var show =
                new Button(getTranslation("history.show-diff"), e -> compare(previousOf(revision), revision.number()));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        entry.add(show);
        if (revision.number() != newest) {
            var restoreButton = new Button(getTranslation("history.restore"), e -> {
                SaveResult result = restore.restore(revision.number(), newest);
                close();
                onRestored.accept(result);
            });
            restoreButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            entry.add(restoreButton);
        }
        return entry;
    }

    private int previousOf(RevisionSummary revision) {
        return revision.baseRevision() != null ? revision.baseRevision() : SOURCE;
    }
}
