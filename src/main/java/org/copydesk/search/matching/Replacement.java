package org.copydesk.search.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The text that replaces each match. For a regular expression it may refer to capture groups as in Java:
 * {@code $1}, {@code ${name}}; a backslash makes the next character literal ({@code \$} for a dollar sign). For
 * plain-text search the replacement is taken literally. Group references are checked against the pattern up front,
 * so applying never fails half-way.
 */
public final class Replacement {

    /** Longest replacement accepted. */
    public static final int MAX_LENGTH = 1000;

    private sealed interface Part {}

    private record Literal(String text) implements Part {}

    private record Group(int number) implements Part {}

    private final List<Part> parts;

    private Replacement(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Parsed<Replacement> parse(String template, TextPattern pattern) {
        if (template.length() > MAX_LENGTH) {
            return new Parsed.Invalid<>("The replacement is " + template.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed.");
        }
        if (!pattern.spec().regex()) {
            return new Parsed.Ok<>(new Replacement(List.of(new Literal(template))));
        }
        List<Part> parts = new ArrayList<>();
        var literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\') {
                if (i + 1 >= template.length()) {
                    return new Parsed.Invalid<>("The replacement ends with a lone backslash; write \\\\ for one.");
                }
                literal.append(template.charAt(i + 1));
                i += 2;
            } else if (c != '$') {
                literal.append(c);
                i++;
            } else {
                Parsed<int[]> group = groupAt(template, i, pattern);
                if (group instanceof Parsed.Invalid<int[]>(String reason)) {
                    return new Parsed.Invalid<>(reason);
                }
                int[] numberAndEnd = ((Parsed.Ok<int[]>) group).value();
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Group(numberAndEnd[0]));
                i = numberAndEnd[1];
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new Parsed.Ok<>(new Replacement(parts));
    }

    /** The group a {@code $} at {@code at} refers to, and where the reference ends. */
    private static Parsed<int[]> groupAt(String template, int at, TextPattern pattern) {
        int i = at + 1;
        if (i < template.length() && template.charAt(i) == '{') {
            int close = template.indexOf('}', i);
            if (close < 0) {
                return new Parsed.Invalid<>("The replacement has ${ without a closing }.");
            }
            String name = template.substring(i + 1, close);
            Integer number = pattern.namedGroups().get(name);
            if (number == null) {
                return new Parsed.Invalid<>(
                        "The replacement refers to ${" + name + "}, but the pattern has no group" + " of that name.");
            }
            return new Parsed.Ok<>(new int[] {number, close + 1});
        }
        if (i >= template.length() || !Character.isDigit(template.charAt(i))) {
            return new Parsed.Invalid<>("A $ in the replacement must be followed by a group number ($1) or name"
                    + " (${name}); write \\$ for a dollar sign.");
        }
        // As in Java: the first digit always counts, later digits only while the number stays a group of the pattern.
        int number = template.charAt(i) - '0';
        i++;
        while (i < template.length() && Character.isDigit(template.charAt(i))) {
            int longer = number * 10 + (template.charAt(i) - '0');
            if (longer > pattern.groupCount()) {
                break;
            }
            number = longer;
            i++;
        }
        if (number > pattern.groupCount()) {
            return new Parsed.Invalid<>("The replacement refers to group $" + number + ", but the pattern has "
                    + (pattern.groupCount() == 0 ? "no groups" : "only " + pattern.groupCount()) + ".");
        }
        return new Parsed.Ok<>(new int[] {number, i});
    }

    String expand(TextMatch match) {
        var text = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> text.append(literal.text());
                case Group group -> text.append(match.groups().get(group.number()));
            }
        }
        return text.toString();
    }
}
