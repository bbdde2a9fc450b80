package org.copydesk.suggest.engine;

/**
 * A proposed replacement of {@code text[start, end)} (UTF-16 offsets) by {@code replacement}.
 *
 * @param original the replaced text, as it stands
 * @param reason why, in words an editor understands
 * @param source the name of the {@link SuggestionSource} that proposed it
 */
public record Suggestion(
        int start, int end, String original, String replacement, Confidence confidence, String reason, String source) {

    public Suggestion {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean confident() {
        return confidence == Confidence.CONFIDENT;
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(Suggestion other) {
        return start < other.end && other.start < end || start == other.start;
    }
}
