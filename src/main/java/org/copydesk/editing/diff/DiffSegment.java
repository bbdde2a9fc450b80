package org.copydesk.editing.diff;

/** A stretch of text that both sides share ({@code EQUAL}), or that only the old or only the new side has. */
public record DiffSegment(Operation operation, String text) {

    public enum Operation {
        EQUAL,
        DELETED,
        INSERTED
    }

    /** Whether the segment is only whitespace, which a screen must make visible to show that it changed. */
    public boolean isWhitespace() {
        return text.isBlank();
    }
}
