package org.copydesk.export.writer;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff from source to corrected text, for redlines: the texts are cut into words, runs of white space
 * and single other characters, diffed with java-diff-utils, and returned as pieces that keep, delete or insert.
 * Joining the kept and deleted pieces gives the source, the kept and inserted ones the corrected text.
 */
public final class WordDiff {

    public enum Change {
        KEEP,
        DELETE,
        INSERT
    }

    public record Piece(Change change, String text) {}

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*|\\s+|.", Pattern.DOTALL);

    private WordDiff() {}

    public static List<Piece> between(String source, String corrected) {
        List<String> from = tokens(source);
        List<String> to = tokens(corrected);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Change.KEEP, from.subList(at, start));
            add(pieces, Change.DELETE, delta.getSource().getLines());
            add(pieces, Change.INSERT, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(pieces, Change.KEEP, from.subList(at, from.size()));
        return pieces;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.getLast().change() == change) {
            pieces.set(pieces.size() - 1, new Piece(change, pieces.getLast().text() + text));
        } else {
            pieces.add(new Piece(change, text));
        }
    }
}
