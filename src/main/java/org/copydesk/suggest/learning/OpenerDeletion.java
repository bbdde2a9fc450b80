package org.copydesk.suggest.learning;

import java.util.List;
import java.util.Set;

/**
 * Recognises a deleted sentence opener ({@code Indeed, the rules} → {@code The rules}): words and a comma at a
 * sentence start, removed with nothing else changed but the capital of the next word. Learned with the next word,
 * such a change would be a rule per opener and next word that rarely recurs; learned bare it is one rule.
 */
final class OpenerDeletion {

    /** The longest opener learned, in words ({@code as a matter of fact}). */
    static final int MAX_WORDS = 5;

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");

    private OpenerDeletion() {}

    /** How many tokens at the start of {@code from[a, b)} (words and the comma) are a deleted opener; 0 if none. */
    static int deleted(List<Token> from, int a, int b, List<Token> to, int c, int d) {
        if (a > 0 && !SENTENCE_ENDS.contains(from.get(a - 1).key())
                || a == b
                || !Character.isUpperCase(from.get(a).key().charAt(0))) {
            return 0;
        }
        int comma = a;
        while (comma < b && comma - a <= MAX_WORDS && from.get(comma).isWord()) {
            comma++;
        }
        if (comma == a
                || comma == b
                || comma - a > MAX_WORDS
                || !from.get(comma).key().equals(",")) {
            return 0;
        }
        int rest = comma + 1;
        if (b - rest != d - c) {
            return 0;
        }
        for (int i = 0; i < b - rest; i++) {
            String was = from.get(rest + i).key();
            String is = to.get(c + i).key();
            boolean same = i == 0 ? was.equalsIgnoreCase(is) && Character.isUpperCase(is.charAt(0)) : was.equals(is);
            if (!same) {
                return 0;
            }
        }
        return rest - a;
    }
}
