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
        return new WordDiff(readable(segments.list));
    }

    /**
     * Folds small equal stretches between two changes into the change, as a reader would: a rewritten sentence shows
     * as one deletion and one insertion, not as words and the spaces between them zipped together. An equal stretch
     * is folded when it has no letter or digit, or when it is no longer than the changes on both sides of it. The
     * old and new texts stay exactly the same.
     */
    private static List<DiffSegment> readable(List<DiffSegment> segments) {
        List<DiffSegment> result = new ArrayList<>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            if (segment.operation() == Operation.DELETED) {
                deleted.append(segment.text());
            } else if (segment.operation() == Operation.INSERTED) {
                inserted.append(segment.text());
            } else {
                int pending = Math.max(deleted.length(), inserted.length());
                int next = changeLengthFrom(segments, i + 1);
                String text = segment.text();
                boolean fold = pending > 0
                        && next > 0
                        && (!hasLetterOrDigit(text) || (text.length() <= pending && text.length() <= next));
                if (fold) {
                    deleted.append(text);
                    inserted.append(text);
                } else {
                    flush(result, deleted, inserted);
                    result.add(segment);
                }
            }
        }
        flush(result, deleted, inserted);
        return result;
    }

    private static int changeLengthFrom(List<DiffSegment> segments, int start) {
        int deleted = 0;
        int inserted = 0;
        for (int i = start; i < segments.size() && segments.get(i).operation() != Operation.EQUAL; i++) {
            if (segments.get(i).operation() == Operation.DELETED) {
                deleted += segments.get(i).text().length();
            } else {
                inserted += segments.get(i).text().length();
            }
        }
        return Math.max(deleted, inserted);
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static void flush(List<DiffSegment> result, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            result.add(new DiffSegment(Operation.DELETED, deleted.toString()));
        }
        if (!inserted.isEmpty()) {
            result.add(new DiffSegment(Operation.INSERTED, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
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
