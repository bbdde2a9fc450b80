package org.copydesk.suggest.engine;

/** Carries the capitalisation of the replaced text over to its replacement. */
public final class Casing {

    private Casing() {}

    /** {@code replacement}, capitalised when {@code original} starts with a capital (a sentence start). */
    public static String like(String original, String replacement) {
        if (replacement.isEmpty() || original.isEmpty()) {
            return replacement;
        }
        if (Character.isUpperCase(original.charAt(0)) && Character.isLowerCase(replacement.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
