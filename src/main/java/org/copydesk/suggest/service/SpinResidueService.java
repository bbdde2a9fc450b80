package org.copydesk.suggest.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.suggest.engine.SpinResidue;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Spin residue per paragraph and per article, so editors can start with the worst. */
@Service
public class SpinResidueService {

    /** An article's residue and each paragraph's, by paragraph id in order. */
    public record ArticleResidue(long articleId, SpinResidue total, Map<Long, SpinResidue> paragraphs) {}

    private final ArticleQueryService articles;
    private final SuggestionService suggestions;

    SpinResidueService(ArticleQueryService articles, SuggestionService suggestions) {
        this.articles = articles;
        this.suggestions = suggestions;
    }

    /** Empty when there is no such article. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ArticleResidue> forArticle(long articleId) {
        return articles.find(articleId).map(article -> {
            SuggestionEngine engine = suggestions.engine();
            Map<Long, SpinResidue> rows = new LinkedHashMap<>();
            SpinResidue total = SpinResidue.NONE;
            for (ParagraphRow p : article.paragraphs()) {
                SpinResidue r = SpinResidue.of(engine, p.sourceText(), p.correctedText());
                rows.put(p.id(), r);
                total = total.plus(r);
            }
            return new ArticleResidue(articleId, total, rows);
        });
    }

    /** One paragraph's residue, given its texts (the workspace has them at hand). */
    @PreAuthorize("isAuthenticated()")
    public SpinResidue forParagraph(String source, String corrected) {
        return SpinResidue.of(suggestions.engine(), source, corrected);
    }
}
