package org.copydesk.search.service;

import java.util.List;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.search.SearchField;
import org.copydesk.search.matching.MatchContext;

/**
 * A text of a paragraph that matches: where it is, how many matches it has, and the first few in context as plain
 * text (the screen styles the match; nothing here is markup). Searching both texts, a paragraph whose corrected text
 * still equals its source text is one hit, in the corrected text (the text a replace would change).
 */
public record SearchHit(
        long articleId,
        String articleTitle,
        long paragraphId,
        int position,
        SearchField field,
        ParagraphStatus status,
        int revision,
        int matchCount,
        List<MatchContext> contexts) {

    public SearchHit {
        contexts = List.copyOf(contexts);
    }
}
