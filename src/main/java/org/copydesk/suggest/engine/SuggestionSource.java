package org.copydesk.suggest.engine;

import java.util.List;

/** One kind of knowledge that proposes suggestions: mechanical repairs, the spinner table, learned fixes, glossary. */
public interface SuggestionSource {

    /** A short stable name, reported as a suggestion's {@code source}. */
    String name();

    /** Suggestions for the text, in any order; they may overlap (the engine picks among them). */
    List<Suggestion> suggest(AnalysedText text);
}
