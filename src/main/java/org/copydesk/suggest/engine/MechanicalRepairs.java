package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of the damage spinners do to spacing and punctuation: words glued at a lost word or sentence break,
 * broken hyphenation, stray spaces in contractions, quotes turned the wrong way, doubled spaces and full stops,
 * spaces before punctuation, a missing space after a full stop. These are safe everywhere, quotes included.
 */
public final class MechanicalRepairs implements SuggestionSource {

    public static final String NAME = "mechanical";

    private static final Pattern GLUED_LOWER =
            Pattern.compile("(?<![\\p{L}\\p{N}'’\\-.@/])(\\p{Ll}+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}@/]|\\.\\p{L})");
    private static final Pattern GLUED_UPPER = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’\\-.@/])(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}@/]|\\.\\p{L})");
    private static final Pattern BROKEN_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}])- (?=(\\p{L}+))");
    private static final Pattern CONTRACTION_SPACE_AFTER =
            Pattern.compile("(?<=\\p{L}[’'])[ \\t]+(?=(?:m|s|re|ve|ll|d|t)(?![\\p{L}\\p{N}]))");
    private static final Pattern CONTRACTION_SPACE_BEFORE =
            Pattern.compile("(?<=\\p{L})[ \\t]+(?=[’'](?:m|s|re|ve|ll|d|t)(?![\\p{L}\\p{N}]))");
    private static final Pattern WRONG_OPENING_QUOTE =
            Pattern.compile("(?<=^|[\\s(\\[])” ?(?=\\p{L})", Pattern.MULTILINE);
    private static final Pattern WRONG_CLOSING_QUOTE =
            Pattern.compile("(?<=[\\p{L}\\p{N}.,!?])“(?=\\s|$)", Pattern.MULTILINE);
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<![.])([.,])\\1(?![.])");
    private static final Pattern SPACE_BEFORE_PUNCTUATION =
            Pattern.compile("(?<=[\\p{L}\\p{N}”’\"')\\]])[ \\t]+(?=[,.;:!?](?:\\s|$|[”’\"]))", Pattern.MULTILINE);
    private static final Pattern MISSING_SPACE_AFTER_STOP =
            Pattern.compile("(?<=\\p{Ll}\\p{Ll})([.,;])(?=\\p{Lu}\\p{Ll}+(?![\\p{L}.\\-/@]))");
    /** Characters either side of an anchor that a rule's match may span (all matches are far shorter). */
    private static final int WINDOW = 64;

    /** Character pairs a rule's match holds or touches: see {@link #features}. */
    private static final int GLUE = 1;

    private static final int HYPHEN_SPACE = 2;
    private static final int APOSTROPHE = 4;
    private static final int OPENING_MARK = 8;
    private static final int CLOSING_MARK = 16;
    private static final int TWO_SPACES = 32;
    private static final int DOUBLED_MARK = 64;
    private static final int SPACE_THEN_MARK = 128;
    private static final int MARK_THEN_CAPITAL = 256;

    private static final List<String> SUSPENDED_HYPHEN_FOLLOWERS = List.of("and", "or", "to", "nor", "but", "as");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> suggest(AnalysedText analysed) {
        String text = analysed.text();
        List<Suggestion> out = new ArrayList<>();
        int[] windows = windows(text);
        if (windows.length == 0) {
            return out;
        }
        int[] features = features(text, windows);
        each(GLUED_LOWER, GLUE, text, windows, features, m -> gluedLower(text, m, out));
        each(GLUED_UPPER, GLUE, text, windows, features, m -> gluedUpper(text, m, out));
        each(BROKEN_HYPHEN, HYPHEN_SPACE, text, windows, features, m -> {
            if (!SUSPENDED_HYPHEN_FOLLOWERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                out.add(confident(text, m.start(), m.end(), "-", "Hyphenated word broken by a space"));
            }
        });
        each(
                CONTRACTION_SPACE_AFTER,
                APOSTROPHE,
                text,
                windows,
                features,
                m -> out.add(confident(text, m.start(), m.end(), "", "Stray space in a contraction")));
        each(
                CONTRACTION_SPACE_BEFORE,
                APOSTROPHE,
                text,
                windows,
                features,
                m -> out.add(confident(text, m.start(), m.end(), "", "Stray space in a contraction")));
        each(WRONG_OPENING_QUOTE, CLOSING_MARK, text, windows, features, m -> {
            if (!quoteOpenBefore(text, m.start())) {
                out.add(confident(text, m.start(), m.end(), "“", "Opening quotation mark turned the wrong way"));
            }
        });
        each(WRONG_CLOSING_QUOTE, OPENING_MARK, text, windows, features, m -> {
            if (quoteOpenBefore(text, m.start())) {
                out.add(confident(text, m.start(), m.end(), "”", "Closing quotation mark turned the wrong way"));
            }
        });
        each(
                DOUBLE_SPACE,
                TWO_SPACES,
                text,
                windows,
                features,
                m -> out.add(confident(text, m.start(), m.end(), " ", "Doubled space")));
        each(
                DOUBLE_STOP,
                DOUBLED_MARK,
                text,
                windows,
                features,
                m -> out.add(confident(text, m.start(), m.end(), m.group(1), "Doubled punctuation")));
        each(
                SPACE_BEFORE_PUNCTUATION,
                SPACE_THEN_MARK,
                text,
                windows,
                features,
                m -> out.add(confident(text, m.start(), m.end(), "", "Space before punctuation")));
        each(
                MISSING_SPACE_AFTER_STOP,
                MARK_THEN_CAPITAL,
                text,
                windows,
                features,
                m -> out.add(confident(text, m.start(), m.end(), m.group(1) + " ", "Missing space after punctuation")));
        return out;
    }

    private void gluedLower(String text, Matcher m, List<Suggestion> out) {
        {
            String first = m.group(1);
            String second = m.group(2);
            if (Words.GLUED_NAMES.contains(m.group().toLowerCase(Locale.ROOT))
                    || first.length() == 1 && !first.equals("a")) {
                return;
            }
            boolean starter = Words.SENTENCE_STARTERS.contains(second.toLowerCase(Locale.ROOT));
            if (starter && !Words.FUNCTION_WORDS.contains(first)) {
                out.add(confident(
                        text, m.start(), m.end(), first + ". " + second, "Sentence break lost between two words"));
                return;
            }
            String replacement = first + " " + second + lostStop(text, m.end());
            boolean sure = Words.FUNCTION_WORDS.contains(first) || first.length() >= 3;
            out.add(new Suggestion(
                    m.start(),
                    m.end(),
                    m.group(),
                    replacement,
                    sure ? Confidence.CONFIDENT : Confidence.POSSIBLE,
                    "Words glued together",
                    NAME));
        }
    }

    private void gluedUpper(String text, Matcher m, List<Suggestion> out) {
        {
            String first = m.group(1).toLowerCase(Locale.ROOT);
            String second = m.group(2).toLowerCase(Locale.ROOT);
            if (Words.GLUED_NAMES.contains(first + second) || Words.GLUED_NAMES.contains(first)) {
                return;
            }
            boolean known = Words.NAME_PARTS.contains(first) && Words.NAME_PARTS.contains(second)
                    || Words.FUNCTION_WORDS.contains(first) && Words.NAME_PARTS.contains(second);
            String replacement = m.group(1) + " " + m.group(2) + lostStop(text, m.end());
            out.add(new Suggestion(
                    m.start(),
                    m.end(),
                    m.group(),
                    replacement,
                    known ? Confidence.CONFIDENT : Confidence.POSSIBLE,
                    "Words glued together",
                    NAME));
        }
    }

    /** A glued pair followed by a capitalised sentence starter also lost the full stop after it: {@code inChina Countless}. */
    private static String lostStop(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return "";
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String next = text.substring(end + 1, wordEnd).toLowerCase(Locale.ROOT);
        return Words.SENTENCE_STARTERS.contains(next) ? "." : "";
    }

    /** Whether a double quotation mark is open in this paragraph at {@code at}: opened and not yet closed. */
    private static boolean quoteOpenBefore(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        boolean open = false;
        for (int i = start; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = true;
            } else if (c == '”') {
                boolean wrongWayOpening = !open && (i == start || Character.isWhitespace(text.charAt(i - 1)));
                open = wrongWayOpening;
            }
        }
        return open;
    }

    /** Confident, unless it changes typography only (then possible; see {@link Typography}). */
    private static Suggestion confident(String text, int start, int end, String replacement, String reason) {
        boolean typography = Typography.only(text, start, end, replacement);
        return new Suggestion(
                start,
                end,
                text.substring(start, end),
                replacement,
                typography ? Confidence.POSSIBLE : Confidence.CONFIDENT,
                typography ? reason + " (typography)" : reason,
                NAME);
    }

    /**
     * Every rule's match contains one of a few character pairs (a lowercase letter before a capital, a hyphen
     * before a space, a quotation mark, two spaces, ...). One pass over the text finds those places; the rules'
     * expressions then run only in small windows around them, which keeps the repairs fast on large texts.
     */
    private static int[] windows(String text) {
        int n = text.length();
        int[] out = new int[16];
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\n';
            boolean anchor = switch (c) {
                case '“', '”' -> true;
                case ' ' -> next == ' ' || next == '’' || next == '\'' || ",.;:!?".indexOf(next) >= 0;
                case '-', '’', '\'' -> next == ' ';
                case '.', ',', ';' -> next == c || Character.isUpperCase(next);
                case '\t' -> true;
                default -> Character.isLowerCase(c) && Character.isUpperCase(next);
            };
            if (anchor) {
                int from = Math.max(0, i - WINDOW);
                int to = Math.min(n, i + WINDOW);
                if (size > 0 && from <= out[size - 1]) {
                    out[size - 1] = to;
                } else {
                    if (size + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[size++] = from;
                    out[size++] = to;
                }
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    /**
     * For each window, the character pairs it holds (one bit each), looked for one character beyond either edge,
     * because a rule may look one character past its match. Every match of a rule holds (or touches) its pair, so
     * a rule whose pair a window lacks cannot match there and is not run; the matches are those of running every
     * rule in every window. A surrogate counts as a letter of either case, as the expressions see code points.
     */
    private static int[] features(String text, int[] windows) {
        int[] features = new int[windows.length / 2];
        for (int w = 0; w < windows.length; w += 2) {
            int from = Math.max(0, windows[w] - 1);
            int to = Math.min(text.length(), windows[w + 1] + 1);
            int found = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                char next = i + 1 < to ? text.charAt(i + 1) : '\n';
                found |= switch (c) {
                    case '“' -> OPENING_MARK;
                    case '”' -> CLOSING_MARK;
                    case '’', '\'' -> APOSTROPHE;
                    case '-' -> next == ' ' ? HYPHEN_SPACE : 0;
                    case ' ', '\t' ->
                        (next == ' ' && c == ' ' ? TWO_SPACES : 0)
                                | (",.;:!?".indexOf(next) >= 0 ? SPACE_THEN_MARK : 0);
                    case '.', ',', ';' ->
                        (next == c ? DOUBLED_MARK : 0)
                                | (Character.isUpperCase(next) || Character.isSurrogate(next) ? MARK_THEN_CAPITAL : 0);
                    default ->
                        Character.isSurrogate(c)
                                        || Character.isLowerCase(c)
                                                && (Character.isUpperCase(next) || Character.isSurrogate(next))
                                ? GLUE
                                : 0;
                };
            }
            features[w / 2] = found;
        }
        return features;
    }

    private static void each(
            Pattern pattern,
            int needs,
            String text,
            int[] windows,
            int[] features,
            java.util.function.Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int w = 0; w < windows.length; w += 2) {
            if ((features[w / 2] & needs) == 0) {
                continue;
            }
            m.region(windows[w], windows[w + 1]);
            while (m.find()) {
                action.accept(m);
            }
        }
    }
}
