package org.copydesk.article.reader;

/**
 * Tells a plain-text heading from a short paragraph. A heading is a label, not a statement: one line, short,
 * starting with a capital or digit, not ending in sentence or clause punctuation ({@code . , : ; …} or a dash,
 * also before closing quotes), and not holding a sentence break. A question mark may end a heading ("Reproducing
 * brand-new animosities?"), since news subheads are often questions. Credit lines stay body text. Whether the
 * block has text after it is the reader's concern, not this one's.
 */
final class Headings {

    static final int MAX_WORDS = 12;
    static final int MAX_LENGTH = 90;

    private Headings() {}

    static boolean looksLikeHeading(String block) {
        String text = block.strip();
        return !text.isEmpty()
                && text.indexOf('\n') < 0
                && text.codePointCount(0, text.length()) <= MAX_LENGTH
                && Sentences.wordCount(text) <= MAX_WORDS
                && Sentences.startsWithCapitalOrDigit(text)
                && !Sentences.endsLikeSentence(text)
                && !Sentences.hasSentenceBreak(text)
                && !Credits.isCreditLine(text);
    }
}
