package org.copydesk.article.reader;

import java.util.Objects;

/** The outcome of reading an uploaded file: the parsed article, or the reason it was not accepted. */
public sealed interface ReadResult {

    /**
     * The file was read. {@code normalisedText} is the decoded file with LF line endings, whitespace-only lines
     * emptied and blank lines at either end dropped. Body and boilerplate text are verbatim pieces of it; titles,
     * bylines and headings lose only their surrounding space and Markdown markers.
     */
    record Read(ParsedArticle article, String normalisedText) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(normalisedText, "normalisedText");
        }
    }

    /** The file was not accepted; {@code message} says what is wrong in words fit to show the uploader. */
    record Rejected(ImportProblem problem, String message) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }
}
