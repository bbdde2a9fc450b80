package org.copydesk.article.reader;

import java.util.Objects;
import org.copydesk.article.ParagraphKind;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph of a parsed article: its kind, its source text exactly as it stood in the file, and for a heading
 * its level (1 to 6) when the format says it; plain text does not, so its headings have none.
 */
public record ParsedBlock(
        ParagraphKind kind, String text, @Nullable Integer headingLevel) {
    public ParsedBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (headingLevel != null && (kind != ParagraphKind.HEADING || headingLevel < 1 || headingLevel > 6)) {
            throw new IllegalArgumentException("Only a heading has a level, from 1 to 6: " + kind + " " + headingLevel);
        }
    }

    /** A block without a heading level. */
    public ParsedBlock(ParagraphKind kind, String text) {
        this(kind, text, null);
    }

    /** A heading of the given level. */
    public static ParsedBlock heading(String text, int level) {
        return new ParsedBlock(ParagraphKind.HEADING, text, level);
    }
}
