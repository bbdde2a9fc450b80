package org.copydesk.suggest.service;

import java.util.List;
import org.copydesk.glossary.service.GlossaryService;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.GlossarySource;
import org.copydesk.suggest.engine.MechanicalRepairs;
import org.copydesk.suggest.engine.PhraseSource;
import org.copydesk.suggest.engine.SpinnerTable;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Suggestions for any text, from every source: mechanical repairs, the glossary, learned fixes and the spinner
 * table, in that order of precedence where they overlap. The result is sorted and never overlaps.
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

    /** The engine as it stands now (learned rules and glossary included); for callers that run many texts. */
    @PreAuthorize("isAuthenticated()")
    public SuggestionEngine engine() {
        return new SuggestionEngine(
                List.of(mechanical, new GlossarySource(glossary.entries()), learning.source(), table));
    }
}
