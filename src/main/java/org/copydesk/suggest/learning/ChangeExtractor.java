package org.copydesk.suggest.learning;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.PhraseMatcher;
import org.copydesk.suggest.engine.SentenceOpeners;

/**
 * Turns the difference between a source text and its corrected text into reusable substitutions. Words deleted or
 * inserted are anchored to the word before them ({@code has actually → has}); long rewrites (over
 * {@value #MAX_WORDS} words a side) are not reusable and are skipped, as are changes inside quotation marks
 * (spinners leave quotes alone, so a change there is an editor's choice, not a spinner's damage). A sentence opener
 * deleted with nothing else changed but the next word's capital is learned bare, of any length
 * ({@code As a matter of fact, the → The} teaches {@code as a matter of fact, → ""}; see {@code SentenceOpeners}).
 */
public final class ChangeExtractor {

    static final int MAX_WORDS = 4;

    /** What one text pair teaches: the substitutions, and for known phrases how often they were kept as they were. */
    public record Lesson(Map<LearnedChange, Integer> changed, Map<String, Integer> kept) {}

    private ChangeExtractor() {}

    /** The substitutions, and how often each of {@code knownPhrases} stayed unchanged in the correction. */
    public static Lesson learn(String source, String corrected, List<String> knownPhrases) {
        return learn(source, corrected, knownPhrases, Set.of());
    }

    /**
     * As {@link #learn(String, String, List)}; a change that starts with one of {@code knownFillers} (folded words
     * that were deleted on their own before, like {@code actually}), or with a filler deleted on its own elsewhere
     * in this text, is also learned as that deletion plus the change after it ({@code actually informed → told}
     * teaches {@code have actually → have} and {@code informed → told}); a change of as many words as it replaces
     * is also learned word by word ({@code highly vital → very important} teaches {@code vital → important}). The
     * pieces are only candidates: where one is wrong, its phrase is kept unchanged elsewhere and counts against it.
     */
    public static Lesson learn(String source, String corrected, List<String> knownPhrases, Set<String> knownFillers) {
        List<Token> from = Token.of(source);
        List<Token> to = Token.of(corrected);
        var analysed = AnalysedText.of(source);
        var deltas = DiffUtils.diff(from, to, (a, b) -> a.key().equals(b.key())).getDeltas();
        boolean[] touched = new boolean[from.size()];
        Set<String> fillers = new HashSet<>(knownFillers);
        for (AbstractDelta<Token> delta : deltas) {
            if (delta.getTarget().size() == 0 && delta.getSource().size() <= MAX_WORDS) {
                fillers.add(folded(
                        from, delta.getSource().getPosition(), delta.getSource().last() + 1));
            }
        }
        var lesson = new Extraction(source, corrected, from, to, analysed, new HashMap<>());
        for (AbstractDelta<Token> delta : deltas) {
            int a = delta.getSource().getPosition();
            int b = a + delta.getSource().size();
            int c = delta.getTarget().getPosition();
            int d = c + delta.getTarget().size();
            for (int i = Math.max(0, a - 1); i < Math.min(from.size(), b + 1); i++) {
                touched[i] = true;
            }
            int opener = OpenerDeletion.deleted(from, a, b, to, c, d);
            if (opener > 0) {
                lesson.addOpener(a, a + opener);
                continue;
            }
            if (b - a > MAX_WORDS || d - c > MAX_WORDS) {
                continue;
            }
            lesson.add(a, b, c, d);
            if (c < d && b - a > d - c) {
                int filler = b - a - (d - c);
                if (fillers.contains(folded(from, a, a + filler))) {
                    lesson.add(a, a + filler, c, c);
                    lesson.add(a + filler, b, c, d);
                    lesson.addWordByWord(a + filler, b, c, d);
                }
            } else if (b - a == d - c) {
                lesson.addWordByWord(a, b, c, d);
            }
        }
        Map<String, Integer> kept = kept(analysed, touched, from, knownPhrases);
        inCorrected(AnalysedText.of(corrected), knownPhrases).forEach((phrase, n) -> kept.merge(phrase, n, Math::max));
        return new Lesson(lesson.changed(), kept);
    }

    /** The substitutions found so far in one text pair. */
    private record Extraction(
            String source,
            String corrected,
            List<Token> from,
            List<Token> to,
            AnalysedText analysed,
            Map<LearnedChange, Integer> changed) {

        /** Each word of {@code from[a, b)} replaced by the word at the same place of {@code to[c, d)}. */
        void addWordByWord(int a, int b, int c, int d) {
            if (b - a != d - c || b - a < 2) {
                return;
            }
            for (int i = 0; i < b - a; i++) {
                if (!from.get(a + i).key().equals(to.get(c + i).key())) {
                    add(a + i, a + i + 1, c + i, c + i + 1);
                }
            }
        }

        /**
         * {@code from[a, b)}, words and a comma at a sentence start, was deleted: learned bare and in lower case
         * ({@code indeed, → ""}); the engine proposes such a rule at a sentence start only.
         */
        void addOpener(int a, int b) {
            if (analysed.isQuoted(from.get(a).start(), from.get(b - 1).end())) {
                return;
            }
            String opener = span(source, from, a, b);
            changed.merge(new LearnedChange(decapitalise(opener), ""), 1, Integer::sum);
        }

        /** {@code from[a, b)} became {@code to[c, d)}; a deletion or insertion is anchored on a word beside it. */
        void add(int a, int b, int c, int d) {
            if (a == b || c == d) {
                // insertion or deletion: anchor on the word before, or after at the start
                if (a > 0 && c > 0) {
                    a--;
                    c--;
                } else if (b < from.size() && d < to.size()) {
                    b++;
                    d++;
                } else {
                    return;
                }
            }
            int start = from.get(a).start();
            int end = from.get(b - 1).end();
            if (analysed.isQuoted(start, end) || from.subList(a, b).stream().noneMatch(Token::isWord)) {
                return;
            }
            String fromText = span(source, from, a, b);
            String toText = c == d ? "" : span(corrected, to, c, d);
            var change = sentenceCase(new LearnedChange(fromText, toText), from, a);
            if (!change.from().equalsIgnoreCase(change.to())) {
                changed.merge(change, 1, Integer::sum);
            }
        }
    }

    /**
     * The filler a change deletes after its anchor word ({@code have actually → have} deletes {@code actually}),
     * folded as {@link #learn(String, String, List, Set)} expects it; empty for any other change.
     */
    public static String filler(LearnedChange change) {
        if (change.to().isEmpty() || !change.from().startsWith(change.to() + " ")) {
            return "";
        }
        List<Token> tokens = Token.of(change.from().substring(change.to().length()));
        return tokens.isEmpty() ? "" : folded(tokens, 0, tokens.size());
    }

    /** The words of {@code tokens[from, to)} separated by spaces, case and quotes folded. */
    private static String folded(List<Token> tokens, int from, int to) {
        return AnalysedText.of(String.join(
                        " ", tokens.subList(from, to).stream().map(Token::key).toList()))
                .folded();
    }

    /**
     * How often each phrase occurs in the corrected text outside quotes. A phrase a rule would replace that the
     * correction itself uses is natural wording there, so it counts against the rule as a kept phrase does, even
     * where the source had other words (a spinner's synonym of a word is often a word the author uses too).
     */
    private static Map<String, Integer> inCorrected(AnalysedText text, List<String> phrases) {
        Map<String, Integer> found = new HashMap<>();
        if (phrases.isEmpty()) {
            return found;
        }
        for (var match : PhraseMatcher.of(phrases, p -> p).find(text)) {
            if (!text.isQuoted(match.start(), match.end()) && applies(text, match)) {
                found.merge(AnalysedText.of(match.payload()).folded(), 1, Integer::sum);
            }
        }
        return found;
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
            if (first == null || text.isQuoted(match.start(), match.end()) || !applies(text, match)) {
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

    /** Whether a rule with the matched phrase could apply there: an opener at a sentence start only. */
    private static boolean applies(AnalysedText text, PhraseMatcher.Match<String> match) {
        return !SentenceOpeners.isOpener(match.payload(), "")
                || SentenceOpeners.startsSentence(text.text(), match.start());
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
