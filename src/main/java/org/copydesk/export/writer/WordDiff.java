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
        return tidy(pieces);
    }

    /**
     * Reads better: white space kept between two changes joins them ("inChina" becomes "in China" as one deletion
     * and one insertion, not three pieces), and each run of changes is shown as its deletion, then its insertion.
     */
    private static List<Piece> tidy(List<Piece> pieces) {
        List<Piece> tidy = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            boolean joining = piece.change() == Change.KEEP
                    && piece.text().isBlank()
                    && i > 0
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1).change() != Change.KEEP;
            if (piece.change() == Change.KEEP && !joining) {
                flush(tidy, deleted, inserted);
                tidy.add(piece);
            } else {
                if (piece.change() != Change.INSERT) {
                    deleted.append(piece.text());
                }
                if (piece.change() != Change.DELETE) {
                    inserted.append(piece.text());
                }
            }
        }
        flush(tidy, deleted, inserted);
        return tidy;
    }

    private static void flush(List<Piece> tidy, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            tidy.add(new Piece(Change.DELETE, deleted.toString()));
        }
        if (!inserted.isEmpty()) {
            tidy.add(new Piece(Change.INSERT, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
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
