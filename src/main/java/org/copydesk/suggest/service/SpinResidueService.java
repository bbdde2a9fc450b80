package org.copydesk.suggest.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.base.events.ClusterBus;
import org.copydesk.suggest.domain.ResidueStore;
import org.copydesk.suggest.engine.SpinResidue;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Spin residue per paragraph and per article, so editors can start with the worst. */
@Service
public class SpinResidueService {

    /** An article's residue and each paragraph's, by paragraph id in order. */
    public record ArticleResidue(long articleId, SpinResidue total, Map<Long, SpinResidue> paragraphs) {}

    /** A paragraph's stored residue, for the article's heat strip: its 0-based position and figure. */
    public record ParagraphHeat(int position, SpinResidue residue) {}

    /** Carries the id of an article whose stored residue changed, to every node. */
    static final String CHANNEL = "copydesk_spin_residue";

    private final ArticleQueryService articles;
    private final SuggestionService suggestions;
    private final ResidueStore store;
    private final ClusterBus bus;

    SpinResidueService(
            ArticleQueryService articles, SuggestionService suggestions, ResidueStore store, ClusterBus bus) {
        this.articles = articles;
        this.suggestions = suggestions;
        this.store = store;
        this.bus = bus;
    }

    /**
     * Calls {@code changed} each time the stored residue of the article's paragraphs changed (after a save has been
     * measured, on any node), until the subscription is closed: the heat strip reads {@link #heat} again.
     */
    @PreAuthorize("isAuthenticated()")
    public ClusterBus.Subscription followHeat(long articleId, Runnable changed) {
        String article = Long.toString(articleId);
        return bus.subscribe(CHANNEL, payload -> {
            if (payload.equals(article)) {
                changed.run();
            }
        });
    }

    /** Tells the article's followers that its stored residue changed; sent once the recording transaction commits. */
    void announce(long articleId) {
        bus.publish(CHANNEL, Long.toString(articleId));
    }

    /**
     * Each paragraph's residue as last stored (kept up to date after every revision and at import), in position
     * order; one indexed read, nothing analysed, so a long article's workspace opens as fast as a short one.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ParagraphHeat> heat(long articleId) {
        return store.article(articleId).stream()
                .map(r -> new ParagraphHeat(r.position(), new SpinResidue(r.detected(), r.remaining())))
                .toList();
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
