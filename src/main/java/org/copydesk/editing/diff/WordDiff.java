package org.copydesk.editing.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.editing.diff.DiffSegment.Operation;

/**
 * The word-level differences between two texts, as segments in reading order: equal text, deleted text (only in the
 * old text) and inserted text (only in the new). Equal plus deleted segments give the old text back, equal plus
 * inserted ones the new text. Where a change deletes and inserts, the deletion comes first.
 */
public record WordDiff(List<DiffSegment> segments) {

    public WordDiff {
        segments = List.copyOf(segments);
    }

    public static WordDiff between(String oldText, String newText) {
        List<String> from = WordTokens.of(oldText);
        List<String> to = WordTokens.of(newText);
        var segments = new Segments();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            segments.add(Operation.EQUAL, join(from.subList(position, start)));
            segments.add(Operation.DELETED, join(delta.getSource().getLines()));
            segments.add(Operation.INSERTED, join(delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        segments.add(Operation.EQUAL, join(from.subList(position, from.size())));
        return new WordDiff(segments.list);
    }

    /** The old text: equal and deleted segments. */
    public String oldText() {
        return textWithout(Operation.INSERTED);
    }

    /** The new text: equal and inserted segments. */
    public String newText() {
        return textWithout(Operation.DELETED);
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.operation() != Operation.EQUAL);
    }

    /** How many separate places changed (a deletion directly followed by its insertion counts once). */
    public int changeCount() {
        int count = 0;
        Operation previous = Operation.EQUAL;
        for (DiffSegment segment : segments) {
            if (segment.operation() != Operation.EQUAL && previous == Operation.EQUAL) {
                count++;
            }
            previous = segment.operation();
        }
        return count;
    }

    private String textWithout(Operation left) {
        var text = new StringBuilder();
        segments.stream().filter(s -> s.operation() != left).forEach(s -> text.append(s.text()));
        return text.toString();
    }

    static String join(List<String> tokens) {
        return String.join("", tokens);
    }

    private static final class Segments {
        private final List<DiffSegment> list = new ArrayList<>();

        void add(Operation operation, String text) {
            if (!text.isEmpty()) {
                list.add(new DiffSegment(operation, text));
            }
        }
    }
}
