package org.copydesk.search.matching;

import com.google.re2j.PatternSyntaxException;
import java.util.regex.Pattern;

/** Turns RE2/J's syntax errors into reasons that say what to write instead. */
final class RegexProblems {

    private static final Pattern BACKREFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<");
    private static final Pattern LOOKAROUND = Pattern.compile("\\(\\?(=|!|<=|<!)");
    private static final Pattern ATOMIC_OR_POSSESSIVE = Pattern.compile("\\(\\?>|[*+?}]\\+");

    private RegexProblems() {}

    static String explain(String regex, PatternSyntaxException e) {
        String engine = " Copydesk runs regular expressions on a linear-time engine (RE2), so that no pattern can"
                + " hang the server; it does not support this construct.";
        if (BACKREFERENCE.matcher(regex).find()) {
            return "Backreferences such as \\1 or \\k<name> are not supported." + engine;
        }
        if (LOOKAROUND.matcher(regex).find()) {
            return "Lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported." + engine;
        }
        if (ATOMIC_OR_POSSESSIVE.matcher(regex).find()) {
            return "Atomic groups (?>…) and possessive quantifiers (*+, ++, ?+) are not supported." + engine;
        }
        return "This is not a valid regular expression: " + e.getDescription() + " at `" + e.getPattern() + "`.";
    }
}
