package org.copydesk.suggest.service;

import java.util.List;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.service.GlossaryService;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.GlossarySource;
import org.copydesk.suggest.engine.MechanicalRepairs;
import org.copydesk.suggest.engine.PhraseSource;
import org.copydesk.suggest.engine.SpinnerTable;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Suggestions for any text, from every source: mechanical repairs, the glossary, learned fixes and the spinner
 * table, in that order of precedence where they overlap. The result is sorted and never overlaps. The team's
 * editors outrank general knowledge: a table entry making a change they reject is proposed as possible only.
 */
@Service
public class SuggestionService {

    private final MechanicalRepairs mechanical = new MechanicalRepairs();
    private final PhraseSource table = SpinnerTable.source(SpinnerTable.load());
    private final LearningService learning;
    private final GlossaryService glossary;

    SuggestionService(LearningService learning, GlossaryService glossary) {
        this.learning = learning;
        this.glossary = glossary;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggest(String text) {
        return engine().suggest(AnalysedText.of(text));
    }

    /**
     * The engine as it stands now (learned rules and glossary included); for callers that run many texts. It is
     * built again only when the glossary or the learned rules changed: both services hand out the same object until
     * then, so every row refresh and every REST call no longer rebuilds the glossary's automaton.
     */
    @PreAuthorize("isAuthenticated()")
    public SuggestionEngine engine() {
        List<GlossaryEntry> terms = glossary.entries();
        LearningService.Learned learned = learning.source();
        Built current = built;
        if (current == null || current.terms() != terms || current.learned() != learned) {
            current = new Built(
                    terms,
                    learned,
                    new SuggestionEngine(List.of(
                            mechanical,
                            new GlossarySource(terms),
                            learned.fixes(),
                            table.demoting(learned.refusals()))));
            built = current;
        }
        return current.engine();
    }

    /** An engine with the glossary and learned rules it was built from. */
    private record Built(List<GlossaryEntry> terms, LearningService.Learned learned, SuggestionEngine engine) {}

    private volatile @Nullable Built built;
}
