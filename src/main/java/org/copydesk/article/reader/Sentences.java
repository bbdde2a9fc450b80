package org.copydesk.article.reader;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What makes a piece of text read as a sentence rather than a title, a heading or a name. */
final class Sentences {

    /** Punctuation that ends a sentence or leaves a clause open; a heading or a name ends in neither. */
    private static final String SENTENCE_OR_CLAUSE_END = ".,:;…-–—";

    /** End punctuation, closing marks, space, then what starts a new sentence: the text holds two sentences. */
    private static final Pattern SENTENCE_BREAK =
            Pattern.compile("[.!?…]+[\\p{Pf}\\p{Pe}\"']*\\s+[\\p{Pi}\\p{Ps}\"'¿¡]*[\\p{Lu}\\p{Lt}\\p{N}]");

    /** Initials and short abbreviations ({@code U.S.}, {@code J.}, {@code Dr.}) end in a full stop mid-sentence. */
    private static final Pattern SHORT_ABBREVIATION = Pattern.compile("(?:\\p{L}{1,2}\\.)+");

    private static final Set<String> LONGER_ABBREVIATIONS =
            Set.of("Mrs.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Col.", "Sgt.", "Capt.", "Corp.", "Inc.");

    private Sentences() {}

    /** Ends in sentence or clause punctuation, also when closing quotes or brackets follow it. */
    static boolean endsLikeSentence(String text) {
        int end = text.length();
        while (end > 0 && (isClosingMark(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && SENTENCE_OR_CLAUSE_END.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** Holds the end of one sentence and the start of another, abbreviations aside. */
    static boolean hasSentenceBreak(String text) {
        Matcher matcher = SENTENCE_BREAK.matcher(text);
        while (matcher.find()) {
            if (text.charAt(matcher.start()) != '.' || !isAbbreviation(wordEndingAt(text, matcher.start()))) {
                return true;
            }
        }
        return false;
    }

    /** Starts, after any opening quotes or brackets, with a capital letter or a digit, as titles and names do. */
    static boolean startsWithCapitalOrDigit(String text) {
        int i = 0;
        while (i < text.length() && isOpeningMark(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        int first = text.codePointAt(i);
        return Character.isLetterOrDigit(first) && !Character.isLowerCase(first);
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    private static String wordEndingAt(String text, int fullStop) {
        int start = fullStop;
        while (start > 0 && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < fullStop && isOpeningMark(text.charAt(start))) {
            start++;
        }
        return text.substring(start, fullStop + 1);
    }

    private static boolean isAbbreviation(String word) {
        return SHORT_ABBREVIATION.matcher(word).matches() || LONGER_ABBREVIATIONS.contains(word);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningMark(char c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || c == '"'
                || c == '\''
                || c == '¿'
                || c == '¡';
    }

    private static boolean isClosingMark(char c) {
        int type = Character.getType(c);
        return type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION || c == '"' || c == '\'';
    }
}
