package org.copydesk.editing.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines two edits (mine and theirs) of a common base, word by word. Changes to different words are both kept;
 * the same change made on both sides is kept once; different changes to the same words (or two insertions at the
 * same place) overlap, and there mine is kept and counted, so nothing is decided silently.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {}

    public static MergeResult merge(String base, String mine, String theirs) {
        List<String> baseTokens = WordTokens.of(base);
        List<Change> changes = new ArrayList<>();
        changes.addAll(changes(baseTokens, WordTokens.of(mine), true));
        changes.addAll(changes(baseTokens, WordTokens.of(theirs), false));
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

        var text = new StringBuilder();
        int position = 0;
        int overlaps = 0;
        int i = 0;
        while (i < changes.size()) {
            List<Change> cluster = new ArrayList<>(List.of(changes.get(i)));
            int start = changes.get(i).start();
            int end = changes.get(i).end();
            i++;
            while (i < changes.size() && touches(start, end, changes.get(i))) {
                cluster.add(changes.get(i));
                end = Math.max(end, changes.get(i).end());
                i++;
            }
            text.append(WordDiff.join(baseTokens.subList(position, start)));
            List<Change> mineHere = cluster.stream().filter(Change::mine).toList();
            List<Change> theirsHere = cluster.stream().filter(c -> !c.mine()).toList();
            String mineText = apply(baseTokens, mineHere, start, end);
            if (theirsHere.isEmpty()) {
                text.append(mineText);
            } else if (mineHere.isEmpty()) {
                text.append(apply(baseTokens, theirsHere, start, end));
            } else {
                if (!mineText.equals(apply(baseTokens, theirsHere, start, end))) {
                    overlaps++;
                }
                text.append(mineText);
            }
            position = end;
        }
        text.append(WordDiff.join(baseTokens.subList(position, baseTokens.size())));
        return new MergeResult(text.toString(), overlaps);
    }

    /**
     * Whether a change belongs to the cluster spanning base tokens [start, end): it overlaps the span, or it inserts
     * strictly inside it, or both are insertions at the same place (whose order nobody can decide).
     */
    private static boolean touches(int start, int end, Change next) {
        if (next.start() < end) {
            return true;
        }
        return next.start() == end && start == end && next.start() == next.end();
    }

    /** The base tokens [start, end) with one side's changes inside that span applied. */
    private static String apply(List<String> base, List<Change> side, int start, int end) {
        var text = new StringBuilder();
        int position = start;
        for (Change change : side) {
            text.append(WordDiff.join(base.subList(position, change.start())));
            text.append(change.replacement());
            position = change.end();
        }
        text.append(WordDiff.join(base.subList(position, end)));
        return text.toString();
    }

    private static List<Change> changes(List<String> base, List<String> edited, boolean mine) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, edited).getDeltas()) {
            int start = delta.getSource().getPosition();
            changes.add(new Change(
                    start,
                    start + delta.getSource().size(),
                    WordDiff.join(delta.getTarget().getLines()),
                    mine));
        }
        return changes;
    }

    private record Change(int start, int end, String replacement, boolean mine) {}
}
