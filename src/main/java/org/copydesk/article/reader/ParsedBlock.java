package org.copydesk.article.reader;

import java.util.Objects;
import org.copydesk.article.ParagraphKind;

/** One paragraph of a parsed article: its kind and its source text exactly as it stood in the file. */
public record ParsedBlock(ParagraphKind kind, String text) {
    public ParsedBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
