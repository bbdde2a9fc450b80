package org.copydesk.suggest.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.ui.ParagraphEditor;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.engine.Suggestions;
import org.copydesk.suggest.service.SuggestionDecisions;

/**
 * The decisions of {@link SuggestionHighlights} carried out through {@link SuggestionDecisions}: accepting saves the
 * editor's paragraph on the revision its text was typed on, and the editor shows the outcome as after Save (the new
 * revision, or the conflict dialog when someone saved meanwhile: never an overwrite).
 */
public class DecisionActions implements SuggestionHighlights.Actions {

    private final SuggestionDecisions decisions;
    private final ParagraphEditor editor;
    private final Consumer<List<ParagraphRow>> onArticleChanged;

    public DecisionActions(
            SuggestionDecisions decisions, ParagraphEditor editor, Consumer<List<ParagraphRow>> onArticleChanged) {
        this.decisions = decisions;
        this.editor = editor;
        this.onArticleChanged = onArticleChanged;
    }

    @Override
    public void accept(String text, List<Suggestion> chosen) {
        ParagraphRow row = editor.paragraph();
        editor.showSaveResult(
                decisions.accept(row.id(), editor.baseRevision(), text, chosen), Suggestions.apply(text, chosen));
    }

    @Override
    public void acceptEverywhere(Suggestion suggestion) {
        onArticleChanged.accept(decisions.acceptInArticle(editor.paragraph().articleId(), Optional.of(suggestion)));
    }

    @Override
    public void reject(String text, Suggestion suggestion) {
        decisions.reject(text, suggestion);
    }
}
