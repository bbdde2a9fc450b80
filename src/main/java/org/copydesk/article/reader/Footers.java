package org.copydesk.article.reader;

import java.util.regex.Pattern;

/** The "The post … appeared first on …" line that WordPress feeds append to every article. */
final class Footers {

    private static final Pattern FOOTER =
            Pattern.compile("The post\\s.+\\sappeared first on\\s.+?\\.?", Pattern.DOTALL);

    private Footers() {}

    static boolean isFooter(String text) {
        return FOOTER.matcher(text.strip()).matches();
    }
}
