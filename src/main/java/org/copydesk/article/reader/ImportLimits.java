package org.copydesk.article.reader;

/**
 * How big an upload may be. The line limit exists because a real paragraph is rarely over a few thousand
 * characters, while a minified file or a dump without line breaks easily is, and would be unusable in the editor.
 * The paragraph limit fits real long articles and our 5,000-paragraph benchmarks, and keeps one article from
 * costing the server (100,000 one-line paragraphs fit in 400 KB).
 */
public record ImportLimits(int maxBytes, int maxLineLength, int maxParagraphs) {

    private static final int DEFAULT_MAX_PARAGRAPHS = 20_000;

    public static final ImportLimits DEFAULT = new ImportLimits(10 * 1024 * 1024, 20_000, DEFAULT_MAX_PARAGRAPHS);

    public ImportLimits {
        if (maxBytes < 1 || maxLineLength < 1 || maxParagraphs < 1) {
            throw new IllegalArgumentException(
                    "Limits must be positive: " + maxBytes + ", " + maxLineLength + ", " + maxParagraphs);
        }
    }

    public ImportLimits(int maxBytes, int maxLineLength) {
        this(maxBytes, maxLineLength, DEFAULT_MAX_PARAGRAPHS);
    }
}
