package org.copydesk.article.reader;

/**
 * How big an upload may be. The line limit exists because a real paragraph is rarely over a few thousand
 * characters, while a minified file or a dump without line breaks easily is, and would be unusable in the editor.
 */
public record ImportLimits(int maxBytes, int maxLineLength) {

    public static final ImportLimits DEFAULT = new ImportLimits(10 * 1024 * 1024, 20_000);

    public ImportLimits {
        if (maxBytes < 1 || maxLineLength < 1) {
            throw new IllegalArgumentException("Limits must be positive: " + maxBytes + ", " + maxLineLength);
        }
    }
}
