package org.copydesk.editing.diff;

/**
 * A three-way merge of two edits of one base text. {@code text} holds every change of both sides; where both
 * changed the same words differently ({@code overlaps} places), it holds mine, for the editor to check.
 */
public record MergeResult(String text, int overlaps) {

    /** Whether every change of both sides could be combined without choosing between them. */
    public boolean isClean() {
        return overlaps == 0;
    }
}
