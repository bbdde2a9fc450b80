package org.copydesk.test_support;

import java.util.UUID;

/** Made-up words for the unspin assistant's tests, so what one test teaches never meets another test's rules. */
public final class MadeUpWords {

    private MadeUpWords() {}

    /**
     * "zq" and eight letters from a to p, one of 4 billion per call: each hex digit of a random UUID becomes its own
     * letter (0 → g … 9 → p). Turning every digit into one letter left so few words that two tests' words met
     * often enough to fail a run now and then.
     */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return word.toString();
    }
}
