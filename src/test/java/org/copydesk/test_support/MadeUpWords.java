package org.copydesk.test_support;

import java.util.UUID;

/** Made-up words for the unspin assistant's tests, so what one test teaches never meets another test's rules. */
public final class MadeUpWords {

    private MadeUpWords() {}

    /** "zq" and eight letters, unique per call. */
    public static String word() {
        return "zq"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "x");
    }
}
