package org.copydesk.article;

import java.time.Instant;
import java.util.List;

/**
 * Published inside the import transaction once an article and its paragraphs are stored, so that other features
 * (the revision history) record the import in the same transaction: all of it is stored, or none.
 */
public record ArticleImported(long articleId, List<ImportedParagraph> paragraphs, String author, Instant at) {

    public record ImportedParagraph(long paragraphId, String text) {}
}
