package org.copydesk.suggest.service;

import java.util.List;
import org.copydesk.article.ArticleImported;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ArticleResidueService;
import org.copydesk.article.service.ParagraphQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.security.SystemActor;
import org.copydesk.suggest.domain.ResidueStore;
import org.copydesk.suggest.engine.SpinResidue;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored spin residue in step: every paragraph at import, the revised paragraph after each save (module
 * listeners, after the commit, so a failure here never touches the save), and at start-up the articles imported
 * before the figure existed. The article's figure is the sum over its paragraphs, recorded on the article row for
 * the list to sort by.
 */
@Component
class ResidueTracker {

    private static final int PAGE = 500;

    private final ArticleQueryService articles;
    private final ParagraphQueryService paragraphs;
    private final ArticleResidueService articleResidue;
    private final SuggestionService suggestions;
    private final ResidueStore store;
    private final SpinResidueService residue;

    ResidueTracker(
            ArticleQueryService articles,
            ParagraphQueryService paragraphs,
            ArticleResidueService articleResidue,
            SuggestionService suggestions,
            ResidueStore store,
            SpinResidueService residue) {
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.articleResidue = articleResidue;
        this.suggestions = suggestions;
        this.store = store;
        this.residue = residue;
    }

    @ApplicationModuleListener
    void on(ArticleImported imported) {
        SystemActor.call(() -> measureArticle(imported.articleId()));
    }

    @ApplicationModuleListener
    void on(ParagraphRevised revised) {
        SystemActor.call(() -> {
            paragraphs.row(revised.paragraphId()).ifPresent(p -> measure(suggestions.engine(), p));
            recordTotal(revised.articleId());
            return null;
        });
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void measureUnmeasured() {
        SystemActor.call(() -> {
            for (List<Long> ids = articleResidue.withoutResidue(50);
                    !ids.isEmpty();
                    ids = articleResidue.withoutResidue(50)) {
                ids.forEach(this::measureArticle);
            }
            return null;
        });
    }

    private Void measureArticle(long articleId) {
        SuggestionEngine engine = suggestions.engine();
        int after = -1;
        for (List<ParagraphRow> page = articles.paragraphsAfter(articleId, after, PAGE);
                !page.isEmpty();
                page = articles.paragraphsAfter(articleId, after, PAGE)) {
            page.forEach(p -> measure(engine, p));
            after = page.getLast().position();
        }
        recordTotal(articleId);
        return null;
    }

    private void measure(SuggestionEngine engine, ParagraphRow p) {
        SpinResidue r = SpinResidue.of(engine, p.sourceText(), p.correctedText());
        store.put(p.articleId(), p.id(), p.position(), r.detected(), r.remaining());
    }

    private void recordTotal(long articleId) {
        int[] total = store.total(articleId);
        var residue = new SpinResidue(total[0], total[1]);
        articleResidue.record(articleId, (int) Math.round(residue.share() * 1000));
        this.residue.announce(articleId);
    }
}
