package org.copydesk.suggest.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The same word twice in a row is an error, except pairs English allows ({@code had had}, {@code that that}). */
public final class DoubledWordsCheck implements QaCheck {

    private static final Pattern DOUBLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}+)\\s+(\\1)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> ALLOWED =
            Set.of("had", "that", "is", "do", "bye", "knock", "no", "very", "so", "ha");

    @Override
    public String name() {
        return "doubled-words";
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        Matcher m = DOUBLED.matcher(input.corrected());
        while (m.find()) {
            boolean allowed = ALLOWED.contains(m.group(1).toLowerCase(Locale.ROOT));
            out.add(new Finding(
                    allowed ? Severity.WARNING : Severity.ERROR,
                    name(),
                    m.start(2),
                    m.end(2),
                    "“" + m.group(1) + "” twice in a row."));
        }
        return out;
    }
}
