package org.copydesk.suggest.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word lists the mechanical repairs consult, read from {@code suggest/words-*.txt} (one word a line, # comments). */
final class Words {

    /** Short lowercase words that a spinner glues to the next word: {@code inChina}, {@code theSouth}. */
    static final Set<String> FUNCTION_WORDS = load("words-function.txt");

    /** Capitalised words that start sentences but are not names: a glued word before one lost a full stop. */
    static final Set<String> SENTENCE_STARTERS = load("words-sentence-starters.txt");

    /** Capitalised parts of place and institution names that a spinner glues: {@code UnitedStates}. */
    static final Set<String> NAME_PARTS = load("words-name-parts.txt");

    /** Names that are written glued on purpose: {@code YouTube}, {@code McDonald}. */
    static final Set<String> GLUED_NAMES = load("words-glued-names.txt");

    private Words() {}

    static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static boolean isCapitalised(CharSequence s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    private static Set<String> load(String name) {
        InputStream in = Words.class.getResourceAsStream("/suggest/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource /suggest/" + name);
        }
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
