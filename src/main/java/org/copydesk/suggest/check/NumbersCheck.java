package org.copydesk.suggest.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers must survive editing: a number in the corrected text that the source lacks is an error (an invented or
 * mistyped figure); a number of the source missing from the corrected text is a warning (it may have been
 * written out in words).
 */
public final class NumbersCheck implements QaCheck {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*");

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public List<Finding> check(CheckInput input) {
        Map<String, Integer> source = count(input.source());
        Map<String, Integer> left = new HashMap<>(source);
        List<Finding> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(input.corrected());
        while (m.find()) {
            String key = key(m.group());
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
            } else {
                out.add(new Finding(
                        Severity.ERROR,
                        name(),
                        m.start(),
                        m.end(),
                        "The number " + m.group() + " is not in the source."));
            }
        }
        left.forEach((number, n) -> {
            if (n > 0) {
                out.add(new Finding(Severity.WARNING, name(), 0, 0, "The source's number " + number + " is missing."));
            }
        });
        return out;
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            counts.merge(key(m.group()), 1, Integer::sum);
        }
        return counts;
    }

    private static String key(String number) {
        return number.replaceAll("(?<=\\d),(?=\\d{3})", "");
    }
}
