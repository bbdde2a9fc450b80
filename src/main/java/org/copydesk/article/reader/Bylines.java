package org.copydesk.article.reader;

import java.util.regex.Pattern;

/**
 * Recognises a byline: either a "By …" credit, or a bare name ("Sandra Loyd"), meaning two to six words that are
 * capitalised (initials, hyphens and apostrophes allowed) or name particles such as "de", "van" or "and".
 * A short title-case line therefore counts as a name; readers only ask about the block right after the title,
 * where a byline is far likelier than a heading.
 */
final class Bylines {

    private static final int MAX_CREDIT_WORDS = 12;
    private static final int MAX_CREDIT_LENGTH = 100;
    private static final int MAX_NAME_LENGTH = 60;

    private static final Pattern BY_CREDIT = Pattern.compile("(?:By|BY|by)\\s+[\\p{Pi}\"']?[\\p{Lu}\\p{Lt}].*");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}'’.\\-]*,?");
    private static final Pattern PARTICLE =
            Pattern.compile("(?i:and|&|de|da|di|du|del|della|der|den|van|von|la|le|bin|al|el|y|dos|das|ter|ten)");

    private Bylines() {}

    static boolean looksLikeByline(String block) {
        return isByCredit(block) || isName(block);
    }

    static boolean isByCredit(String block) {
        String text = block.strip();
        return text.indexOf('\n') < 0
                && text.codePointCount(0, text.length()) <= MAX_CREDIT_LENGTH
                && Sentences.wordCount(text) <= MAX_CREDIT_WORDS
                && BY_CREDIT.matcher(text).matches()
                && !Sentences.endsLikeSentence(text)
                && !Sentences.hasSentenceBreak(text);
    }

    static boolean isName(String block) {
        String text = block.strip();
        if (text.indexOf('\n') >= 0 || text.codePointCount(0, text.length()) > MAX_NAME_LENGTH) {
            return false;
        }
        String[] words = text.split("\\s+");
        int names = 0;
        for (String word : words) {
            if (NAME_WORD.matcher(word).matches()) {
                names++;
            } else if (!PARTICLE.matcher(word).matches()) {
                return false;
            }
        }
        return names >= 2 && words.length <= 6;
    }
}
