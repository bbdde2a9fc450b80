package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a repair changes only typography: the same words and punctuation marks before and after, once curly
 * quotes and dashes are made plain (a stray space, a quote turned the wrong way). Such repairs are right but
 * leave the wording as it was, so they are offered as possible, not confident: "accept all confident" is for
 * changes that bring back the original wording.
 */
final class Typography {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

    private Typography() {}

    static boolean only(String text, int start, int end, String replacement) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String before = text.substring(from, to);
        String after = text.substring(from, start) + replacement + text.substring(end, to);
        return tokens(before).equals(tokens(after));
    }

    private static List<String> tokens(String s) {
        String plain = s.replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replace('–', '-')
                .replace('—', '-');
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
