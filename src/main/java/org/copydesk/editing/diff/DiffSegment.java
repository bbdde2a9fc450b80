package org.copydesk.editing.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A stretch of text that both sides share ({@code EQUAL}), or that only the old or only the new side has. In JSON
 * (the review queue, the replace preview) it is {@code {"operation": "equal" | "deleted" | "inserted", "text"}}.
 */
public record DiffSegment(Operation operation, String text) {

    public enum Operation {
        EQUAL,
        DELETED,
        INSERTED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the segment is only whitespace, which a screen must make visible to show that it changed. */
    @JsonIgnore
    public boolean isWhitespace() {
        return text.isBlank();
    }
}
