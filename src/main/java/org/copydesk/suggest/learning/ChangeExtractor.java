package org.copydesk.suggest.learning;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.PhraseMatcher;

/**
 * Turns the difference between a source text and its corrected text into reusable substitutions. Words deleted or
 * inserted are anchored to the word before them ({@code has actually → has}); long rewrites (over
 * {@value #MAX_WORDS} words a side) are not reusable and are skipped, as are changes inside quotation marks
 * (spinners leave quotes alone, so a change there is an editor's choice, not a spinner's damage).
 */
public final class ChangeExtractor {

    static final int MAX_WORDS = 4;

    /** What one text pair teaches: the substitutions, and for known phrases how often they were kept as they were. */
    public record Lesson(Map<LearnedChange, Integer> changed, Map<String, Integer> kept) {}

    private ChangeExtractor() {}

    /** The substitutions, and how often each of {@code knownPhrases} stayed unchanged in the correction. */
    public static Lesson learn(String source, String corrected, List<String> knownPhrases) {
        List<Token> from = Token.of(source);
        List<Token> to = Token.of(corrected);
        var analysed = AnalysedText.of(source);
        var patch = DiffUtils.diff(from, to, (a, b) -> a.key().equals(b.key()));
        boolean[] touched = new boolean[from.size()];
        Map<LearnedChange, Integer> changed = new HashMap<>();
        for (AbstractDelta<Token> delta : patch.getDeltas()) {
            int a = delta.getSource().getPosition();
            int b = a + delta.getSource().size();
            int c = delta.getTarget().getPosition();
            int d = c + delta.getTarget().size();
            for (int i = Math.max(0, a - 1); i < Math.min(from.size(), b + 1); i++) {
                touched[i] = true;
            }
            if (b - a > MAX_WORDS || d - c > MAX_WORDS) {
                continue;
            }
            if (a == b || c == d) {
                // insertion or deletion: anchor on the word before, or after at the start
                if (a > 0 && c > 0) {
                    a--;
                    c--;
                } else if (b < from.size() && d < to.size()) {
                    b++;
                    d++;
                } else {
                    continue;
                }
            }
            int start = from.get(a).start();
            int end = from.get(b - 1).end();
            if (analysed.isQuoted(start, end) || from.subList(a, b).stream().noneMatch(Token::isWord)) {
                continue;
            }
            String fromText = span(source, from, a, b);
            String toText = c == d ? "" : span(corrected, to, c, d);
            var change = sentenceCase(new LearnedChange(fromText, toText), from, a);
            if (!change.from().equalsIgnoreCase(change.to())) {
                changed.merge(change, 1, Integer::sum);
            }
        }
        return new Lesson(changed, kept(analysed, touched, from, knownPhrases));
    }

    private static Map<String, Integer> kept(
            AnalysedText text, boolean[] touched, List<Token> tokens, List<String> phrases) {
        Map<String, Integer> kept = new HashMap<>();
        if (phrases.isEmpty()) {
            return kept;
        }
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenAt.put(tokens.get(i).start(), i);
        }
        for (var match : PhraseMatcher.of(phrases, p -> p).find(text)) {
            Integer first = tokenAt.get(match.start());
            if (first == null || text.isQuoted(match.start(), match.end())) {
                continue;
            }
            boolean untouched = true;
            for (int i = first; i < tokens.size() && tokens.get(i).start() < match.end(); i++) {
                untouched &= !touched[i];
            }
            if (untouched) {
                kept.merge(AnalysedText.of(match.payload()).folded(), 1, Integer::sum);
            }
        }
        return kept;
    }

    private static String span(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end())
                .replaceAll("\\s+", " ");
    }

    /** At a sentence start both sides are capitalised only by position: store them in lower case. */
    private static LearnedChange sentenceCase(LearnedChange change, List<Token> tokens, int first) {
        boolean sentenceStart = first == 0
                || List.of(".", "!", "?", "\"", "'", ":")
                        .contains(tokens.get(first - 1).key());
        if (sentenceStart && plainCapital(change.from()) && (change.to().isEmpty() || plainCapital(change.to()))) {
            return new LearnedChange(decapitalise(change.from()), decapitalise(change.to()));
        }
        return change;
    }

    private static boolean plainCapital(String s) {
        int end = s.indexOf(' ');
        String word = end < 0 ? s : s.substring(0, end);
        return word.length() > 1
                && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    private static String decapitalise(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
