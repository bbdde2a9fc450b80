package org.copydesk.search;

import org.copydesk.search.matching.PatternSpec;

/** A search as a user or an integration asks for it: the pattern, its options, where to look and which paragraphs. */
public record SearchQuery(PatternSpec pattern, SearchScope scope, SearchFilter filter) {

    public static SearchQuery everywhere(PatternSpec pattern) {
        return new SearchQuery(pattern, SearchScope.BOTH, SearchFilter.NONE);
    }

    public SearchQuery inCorrectedText() {
        return new SearchQuery(pattern, SearchScope.CORRECTED, filter);
    }
}
