package org.copydesk.review;

import com.fasterxml.jackson.annotation.JsonValue;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts as segments in reading order (equal, deleted, inserted), on
 * java-diff-utils. Words and the spaces between them are separate tokens, so a changed word shows as one change.
 */
public final class WordDiff {

    public enum Operation {
        EQUAL,
        DELETED,
        INSERTED;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Segment(Operation operation, String text) {}

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_'’-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {}

    public static List<Segment> between(String oldText, String newText) {
        List<String> from = tokens(oldText);
        List<String> to = tokens(newText);
        var segments = new ArrayList<Segment>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Operation.EQUAL, from.subList(position, start));
            add(segments, Operation.DELETED, delta.getSource().getLines());
            add(segments, Operation.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Operation.EQUAL, from.subList(position, from.size()));
        return List.copyOf(segments);
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Operation operation, List<String> tokens) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(operation, String.join("", tokens)));
        }
    }
}
