package org.copydesk.suggest.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or a punctuation mark of a text, with its span; {@code key} is what comparisons use. */
public record Token(String key, int start, int end) {

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(normalise(m.group()), m.start(), m.end()));
        }
        return tokens;
    }

    /** Curly quotes and dashes made plain, so typography alone is never a difference. */
    public static String normalise(String s) {
        return s.replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replace('–', '-')
                .replace('—', '-');
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(key.charAt(0));
    }
}
