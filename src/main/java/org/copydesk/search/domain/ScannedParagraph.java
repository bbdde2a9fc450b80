package org.copydesk.search.domain;

import java.time.Instant;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.search.SearchField;

/** A paragraph as the search reads it, with its article's title. */
public record ScannedParagraph(
        long paragraphId,
        long articleId,
        String articleTitle,
        int position,
        ParagraphStatus status,
        int revision,
        String sourceText,
        String correctedText,
        Instant updatedAt,
        String updatedBy) {

    public String text(SearchField field) {
        return field == SearchField.SOURCE ? sourceText : correctedText;
    }
}
