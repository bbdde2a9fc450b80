package org.copydesk.article.reader;

import java.util.regex.Pattern;

/** Reporter, translator and editor credit lines ("Reported by … Translated by …"), which are article text. */
final class Credits {

    private static final Pattern CREDIT = Pattern.compile(
            "\\b(?:reported|reporting|written|translated|edited|editing|compiled|produced|photos?|photographs?)\\s+by\\b",
            Pattern.CASE_INSENSITIVE);

    private Credits() {}

    static boolean isCreditLine(String text) {
        return CREDIT.matcher(text).find();
    }
}
