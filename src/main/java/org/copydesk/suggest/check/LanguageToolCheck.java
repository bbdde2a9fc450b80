package org.copydesk.suggest.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Grammar and spelling with LanguageTool (en-US), as warnings. A word flagged as misspelt that occurs in the
 * paragraph's source (or the article's, when given) is a name or a term the article uses, not a mistake.
 * LanguageTool is not thread-safe and takes seconds to start, so one instance is shared and used one at a time.
 */
public final class LanguageToolCheck implements QaCheck {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’\\-]*");

    private final JLanguageTool tool;
    private final Set<String> extraNames;

    public LanguageToolCheck() {
        this(new JLanguageTool(Languages.getLanguageForShortCode("en-US")), Set.of());
    }

    private LanguageToolCheck(JLanguageTool tool, Set<String> extraNames) {
        this.tool = tool;
        this.extraNames = extraNames;
    }

    /** The same instance, also accepting the words of {@code articleSource} as names. */
    public LanguageToolCheck withNamesFrom(String articleSource) {
        return new LanguageToolCheck(tool, words(articleSource));
    }

    @Override
    public String name() {
        return "languagetool";
    }

    @Override
    public List<Finding> check(CheckInput input) {
        Set<String> names = new HashSet<>(words(input.source()));
        names.addAll(extraNames);
        List<RuleMatch> matches;
        synchronized (tool) {
            try {
                matches = tool.check(input.corrected());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (RuleMatch match : matches) {
            String flagged = input.corrected().substring(match.getFromPos(), match.getToPos());
            if (match.getRule().isDictionaryBasedSpellingRule() && names.contains(flagged)) {
                continue;
            }
            String message = match.getMessage().replaceAll("</?suggestion>", "“");
            if (!match.getSuggestedReplacements().isEmpty()) {
                message += " Suggestion: "
                        + String.join(
                                ", ",
                                match.getSuggestedReplacements().stream()
                                        .limit(3)
                                        .toList());
            }
            out.add(new Finding(
                    Severity.WARNING,
                    name() + ":" + match.getRule().getId(),
                    match.getFromPos(),
                    match.getToPos(),
                    message));
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
