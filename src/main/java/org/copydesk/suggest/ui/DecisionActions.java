package org.copydesk.suggest.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.service.SuggestionDecisions;

/**
 * The decisions of {@link SuggestionHighlights} carried out through {@link SuggestionDecisions}: accepting saves the
 * row's paragraph (based on the revision the row shows) and hands the result to the row, which refreshes itself.
 */
public class DecisionActions implements SuggestionHighlights.Actions {

    private final SuggestionDecisions decisions;
    private final Supplier<ParagraphRow> paragraph;
    private final Consumer<SaveResult> onSaved;
    private final Consumer<List<ParagraphRow>> onArticleChanged;

    public DecisionActions(
            SuggestionDecisions decisions,
            Supplier<ParagraphRow> paragraph,
            Consumer<SaveResult> onSaved,
            Consumer<List<ParagraphRow>> onArticleChanged) {
        this.decisions = decisions;
        this.paragraph = paragraph;
        this.onSaved = onSaved;
        this.onArticleChanged = onArticleChanged;
    }

    @Override
    public void accept(String text, List<Suggestion> chosen) {
        ParagraphRow row = paragraph.get();
        onSaved.accept(decisions.accept(row.id(), row.revision(), text, chosen));
    }

    @Override
    public void acceptEverywhere(Suggestion suggestion) {
        onArticleChanged.accept(decisions.acceptInArticle(paragraph.get().articleId(), Optional.of(suggestion)));
    }

    @Override
    public void reject(String text, Suggestion suggestion) {
        decisions.reject(text, suggestion);
    }
}
