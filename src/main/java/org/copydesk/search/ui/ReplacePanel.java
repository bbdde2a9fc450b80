package org.copydesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.matching.Replacement;
import org.copydesk.search.service.ApplyResult;
import org.copydesk.search.service.PreviewResult;
import org.copydesk.search.service.ReplaceOutcome;
import org.copydesk.search.service.ReplacePreviewView;
import org.copydesk.search.service.ReplaceService;
import org.copydesk.search.service.UndoResult;
import org.jspecify.annotations.Nullable;

/**
 * Replace in corrected text: preview every change with a checkbox each (all on by default), apply the chosen ones,
 * see what was changed and skipped, and undo the whole replace.
 */
class ReplacePanel extends Div {

    private final ReplaceService replace;
    private final Supplier<SearchQuery> query;
    private final TextField replacement = new TextField();
    private final Div body = new Div();
    private final List<PreviewRow> rows = new ArrayList<>();
    private final Button apply = new Button();
    private @Nullable UUID previewId;

    ReplacePanel(ReplaceService replace, Supplier<SearchQuery> query) {
        this.replace = replace;
        this.query = query;
        addClassName("replace-panel");
        replacement.setLabel(getTranslation("replace.replacement"));
        replacement.setMaxLength(Replacement.MAX_LENGTH);
        replacement.setHelperText(getTranslation("replace.helper"));
        var preview = new Button(getTranslation("replace.preview"), e -> preview());
        apply.setText(getTranslation("replace.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        apply.setVisible(false);
        var controls = new Div(replacement, preview, apply);
        controls.addClassName("replace-controls");
        add(controls, body);
    }

    private void preview() {
        switch (replace.preview(query.get(), replacement.getValue())) {
            case PreviewResult.Previewed previewed -> show(previewed.preview());
            case PreviewResult.Invalid invalid -> message(invalid.reason());
            case PreviewResult.TooMany tooMany -> message(getTranslation("replace.too-many", tooMany.limit()));
            case PreviewResult.TimedOut timedOut -> message(timedOut.reason());
        }
    }

    private void show(ReplacePreviewView preview) {
        previewId = preview.id();
        rows.clear();
        body.removeAll();
        body.add(new Span(
                getTranslation("replace.preview-summary", preview.changes().size())));
        preview.changes().forEach(change -> rows.add(new PreviewRow(change)));
        rows.forEach(body::add);
        apply.setVisible(!rows.isEmpty());
    }

    private void apply() {
        if (previewId == null) {
            return;
        }
        List<Long> chosen = rows.stream()
                .filter(PreviewRow::isChosen)
                .map(PreviewRow::paragraphId)
                .toList();
        UUID applied = previewId;
        switch (replace.apply(applied, chosen)) {
            case ApplyResult.Applied done -> showOutcome(done.outcome(), applied);
            case ApplyResult.NotFound notFound -> message(getTranslation("replace.not-found"));
            case ApplyResult.AlreadyApplied already -> message(getTranslation("replace.already-applied"));
            case ApplyResult.Invalid invalid -> message(invalid.reason());
        }
    }

    private void showOutcome(ReplaceOutcome outcome, UUID applied) {
        previewId = null;
        apply.setVisible(false);
        rows.clear();
        body.removeAll();
        body.add(new OutcomeView(outcome, "replace.applied"));
        if (!outcome.changed().isEmpty()) {
            var undo = new Button(getTranslation("replace.undo"), e -> undo(applied));
            undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
            body.add(undo);
        }
    }

    private void undo(UUID applied) {
        body.removeAll();
        switch (replace.undo(applied)) {
            case UndoResult.Undone undone -> body.add(new OutcomeView(undone.outcome(), "replace.undone"));
            case UndoResult.NotFound notFound -> message(getTranslation("replace.not-found"));
            case UndoResult.NotUndoable notUndoable -> message(notUndoable.reason());
        }
    }

    private void message(String text) {
        var problem = new Span(text);
        problem.addClassName("search-problem");
        body.removeAll();
        body.add(problem);
        apply.setVisible(false);
    }

    List<PreviewRow> rows() {
        return List.copyOf(rows);
    }

    TextField replacementField() {
        return replacement;
    }
}
