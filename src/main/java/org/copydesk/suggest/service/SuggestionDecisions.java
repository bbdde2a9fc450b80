package org.copydesk.suggest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.copydesk.suggest.engine.Suggestions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decisions on suggestions. Accepting writes the paragraph's next revision, of kind "suggestion
 * accepted", through the editing service (so conflicts and permissions are the editor's own), and counts for the
 * learned fixes; rejecting only counts.
 */
@Service
public class SuggestionDecisions {

    private final ParagraphEditingService editing;
    private final ArticleQueryService articles;
    private final SuggestionService suggestions;
    private final LearningService learning;

    SuggestionDecisions(
            ParagraphEditingService editing,
            ArticleQueryService articles,
            SuggestionService suggestions,
            LearningService learning) {
        this.editing = editing;
        this.articles = articles;
        this.suggestions = suggestions;
        this.learning = learning;
    }

    /** Applies {@code accepted} (suggestions for {@code currentText}) and saves the result based on {@code baseRevision}. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public SaveResult accept(long paragraphId, int baseRevision, String currentText, List<Suggestion> accepted) {
        SaveResult result = editing.save(
                paragraphId,
                Suggestions.apply(currentText, accepted),
                baseRevision,
                RevisionKind.SUGGESTION_ACCEPTED,
                message(accepted));
        if (result instanceof SaveResult.Saved) {
            accepted.forEach(s -> learning.recordDecision(currentText, s, true));
        }
        return result;
    }

    /** Counts a rejected suggestion (made for {@code text}) against the fix it proposes. */
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public void reject(String text, Suggestion rejected) {
        learning.recordDecision(text, rejected, false);
    }

    /**
     * Accepts, in every paragraph of the article, the suggestions that make the same change as {@code like} (or,
     * with {@code like} empty, every confident suggestion): one revision per changed paragraph. Returns the
     * paragraphs saved; a paragraph someone else changed meanwhile is left alone (its save is a conflict).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public List<ParagraphRow> acceptInArticle(long articleId, Optional<Suggestion> like) {
        Optional<ArticleDetail> article = articles.find(articleId);
        List<ParagraphRow> saved = new ArrayList<>();
        if (article.isEmpty()) {
            return saved;
        }
        SuggestionEngine engine = suggestions.engine();
        for (ParagraphRow p : article.get().paragraphs()) {
            List<Suggestion> chosen = engine.suggest(p.correctedText()).stream()
                    .filter(s -> like.map(l -> sameChange(l, s)).orElse(s.confident()))
                    .toList();
            if (!chosen.isEmpty()
                    && accept(p.id(), p.revision(), p.correctedText(), chosen) instanceof SaveResult.Saved s) {
                saved.add(s.paragraph());
            }
        }
        return saved;
    }

    private static boolean sameChange(Suggestion a, Suggestion b) {
        return a.original().equalsIgnoreCase(b.original()) && a.replacement().equalsIgnoreCase(b.replacement());
    }

    private static String message(List<Suggestion> accepted) {
        var sb = new StringBuilder("Accepted: ");
        for (Suggestion s : accepted) {
            String part = "“" + s.original().strip() + "” → “" + s.replacement().strip() + "”; ";
            if (sb.length() + part.length() > 480) {
                sb.append("…");
                break;
            }
            sb.append(part);
        }
        return sb.toString().replaceAll("; $", "");
    }
}
