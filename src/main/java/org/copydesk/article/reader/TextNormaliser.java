package org.copydesk.article.reader;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.base.TextCharacters;

/**
 * Evens out what differs between editors and operating systems (line endings, stray spaces on empty lines) and
 * nothing else: the spinner's broken spacing and quotes are the very thing editors repair, so they stay as they are.
 */
final class TextNormaliser {

    private TextNormaliser() {}

    /** CRLF (Windows) and lone CR (classic Mac) become LF. */
    static String unifyLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The first line longer than {@code maxLength} characters (code points, as people count them), if any. */
    static Optional<ReadResult.Rejected> firstLineTooLong(String text, int maxLength) {
        int lineNumber = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            // The char count bounds the code point count, so only suspicious lines are counted exactly.
            if (end - start > maxLength && text.codePointCount(start, end) > maxLength) {
                return Optional.of(
                        new ReadResult.Rejected(
                                ImportProblem.LINE_TOO_LONG,
                                "Line "
                                        + Wording.count(lineNumber) + " is "
                                        + Wording.count(text.codePointCount(start, end))
                                        + " characters long; a paragraph may be at most " + Wording.count(maxLength)
                                        + " characters. Put a blank line between paragraphs, or check that the file is an article."));
            }
            lineNumber++;
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Whitespace-only lines become empty, and blank lines before the first and after the last text are dropped. */
    static String tidyBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && isBlank(lines[first])) {
            first++;
        }
        int last = lines.length - 1;
        while (last >= first && isBlank(lines[last])) {
            last--;
        }
        String[] kept = Arrays.copyOfRange(lines, first, last + 1);
        for (int i = 0; i < kept.length; i++) {
            if (isBlank(kept[i])) {
                kept[i] = "";
            }
        }
        return String.join("\n", kept);
    }

    /** Blank to the eye: only spaces of any kind (no-break spaces included), tabs and invisible format characters. */
    static boolean isBlank(CharSequence line) {
        return TextCharacters.isBlank(line);
    }

    /** The first character that stored text may not contain (the rule saves apply too), with where it is. */
    static Optional<ReadResult.Rejected> firstForbiddenCharacter(String text) {
        OptionalInt index = TextCharacters.firstForbidden(text);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        int at = index.getAsInt();
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return Optional.of(new ReadResult.Rejected(
                ImportProblem.CONTROL_CHARACTER,
                "Line " + Wording.count(line) + " contains the control character "
                        + TextCharacters.describe(text.charAt(at))
                        + ", which a paragraph may not contain. Remove it (a page break included) and upload again."));
    }
}
