package org.copydesk.search.matching;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compiled search pattern. It runs on RE2/J, whose matching time grows linearly with the text whatever the
 * pattern, so a pattern such as {@code (a+)+$} cannot make the server hang; the price is that backreferences and
 * lookaround, which need backtracking, are refused with a reason. Plain text is matched literally. Whole-word
 * matching keeps only matches not directly preceded or followed by a letter or digit (Unicode-aware, unlike
 * RE2's ASCII {@code \b}).
 */
public final class TextPattern {

    private final PatternSpec spec;
    private final Pattern pattern;

    private TextPattern(PatternSpec spec, Pattern pattern) {
        this.spec = spec;
        this.pattern = pattern;
    }

    public static Parsed<TextPattern> compile(PatternSpec spec) {
        if (spec.text().isEmpty()) {
            return new Parsed.Invalid<>("Enter text to search for.");
        }
        if (spec.text().length() > PatternSpec.MAX_LENGTH) {
            return new Parsed.Invalid<>("The search text is " + spec.text().length() + " characters long; at most "
                    + PatternSpec.MAX_LENGTH + " are allowed.");
        }
        String source = spec.regex() ? spec.text() : Pattern.quote(spec.text());
        Pattern compiled;
        try {
            compiled = Pattern.compile(source, spec.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return new Parsed.Invalid<>(RegexProblems.explain(spec.text(), e));
        }
        if (compiled.matcher("").find()) {
            return new Parsed.Invalid<>("This pattern matches empty text, so it would match everywhere. "
                    + "Make it require at least one character (for example + instead of *).");
        }
        return new Parsed.Ok<>(new TextPattern(spec, compiled));
    }

    public PatternSpec spec() {
        return spec;
    }

    public int groupCount() {
        return pattern.groupCount();
    }

    Map<String, Integer> namedGroups() {
        return pattern.namedGroups();
    }

    /** Every match in {@code text}, left to right, not overlapping. */
    public List<TextMatch> findIn(String text) {
        List<TextMatch> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int start = matcher.start();
            int end = matcher.end();
            if (end > start && (!spec.wholeWord() || isWholeWord(text, start, end))) {
                found.add(new TextMatch(start, end, groups(matcher)));
                from = end;
            } else {
                from = start < text.length() ? text.offsetByCodePoints(start, 1) : start + 1;
            }
        }
        return found;
    }

    /** Whether {@code text} has at least one match; cheaper than {@link #findIn} when nothing matches. */
    public boolean occursIn(String text) {
        return spec.wholeWord()
                ? !findIn(text).isEmpty()
                : pattern.matcher(text).find();
    }

    /** {@code text} with every match replaced by {@code replacement} expanded for that match. */
    public String replaceIn(String text, Replacement replacement) {
        var result = new StringBuilder(text.length());
        int last = 0;
        for (TextMatch match : findIn(text)) {
            result.append(text, last, match.start()).append(replacement.expand(match));
            last = match.end();
        }
        return result.append(text, last, text.length()).toString();
    }

    private List<String> groups(Matcher matcher) {
        List<String> groups = new ArrayList<>(matcher.groupCount() + 1);
        for (int i = 0; i <= matcher.groupCount(); i++) {
            String group = matcher.group(i);
            groups.add(group == null ? "" : group);
        }
        return groups;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        boolean startsInWord =
                start > 0 && isWordPart(text.codePointBefore(start)) && isWordPart(text.codePointAt(start));
        boolean endsInWord =
                end < text.length() && isWordPart(text.codePointBefore(end)) && isWordPart(text.codePointAt(end));
        return !startsInWord && !endsInWord;
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
