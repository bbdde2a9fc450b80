package org.copydesk.search.matching;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level difference a replace makes to a paragraph, as segments in reading order (equal, deleted,
 * inserted), for the preview to show in red and green.
 */
public record ChangeDiff(List<Segment> segments) {

    public enum Operation {
        EQUAL,
        DELETED,
        INSERTED
    }

    public record Segment(Operation operation, String text) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\s+|.", Pattern.DOTALL);

    public ChangeDiff {
        segments = List.copyOf(segments);
    }

    public static ChangeDiff between(String oldText, String newText) {
        List<String> from = tokens(oldText);
        List<String> to = tokens(newText);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Operation.EQUAL, from.subList(position, start));
            add(segments, Operation.DELETED, delta.getSource().getLines());
            add(segments, Operation.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Operation.EQUAL, from.subList(position, from.size()));
        return new ChangeDiff(segments);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Operation operation, List<String> tokens) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(operation, String.join("", tokens)));
        }
    }
}
