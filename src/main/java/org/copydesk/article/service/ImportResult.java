package org.copydesk.article.service;

import org.copydesk.article.reader.ImportProblem;

/** The outcome of importing a text: a new article, one that already holds the same content, or a rejection. */
public sealed interface ImportResult {

    record Imported(long articleId, String title, int paragraphCount) implements ImportResult {}

    record AlreadyImported(long articleId, String title) implements ImportResult {}

    /** Nothing was stored; {@code message} says what is wrong in words fit for the person who uploaded the file. */
    record Rejected(ImportProblem problem, String message) implements ImportResult {}
}
