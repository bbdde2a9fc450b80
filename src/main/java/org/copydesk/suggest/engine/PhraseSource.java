package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A source that replaces whole phrases from a list of {@link PhraseRule}s, outside quotation marks only (spinners
 * leave quoted speech alone, so a phrase inside quotes is the speaker's own word). The suggestion covers only the
 * words that change, so {@code stated the source → said the source} underlines {@code stated}.
 */
public class PhraseSource implements SuggestionSource {

    private final String name;
    private final PhraseMatcher<PhraseRule> matcher;
    private final int size;

    public PhraseSource(String name, List<PhraseRule> rules) {
        this.name = name;
        this.matcher = PhraseMatcher.of(rules, PhraseRule::from);
        this.size = rules.size();
    }

    @Override
    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    @Override
    public List<Suggestion> suggest(AnalysedText text) {
        List<Suggestion> out = new ArrayList<>();
        for (var match : matcher.find(text)) {
            if (text.isQuoted(match.start(), match.end())) {
                continue;
            }
            PhraseRule rule = match.payload();
            String original = text.text().substring(match.start(), match.end());
            String replacement = Casing.like(original, rule.to());
            Suggestion s = WordTrim.trim(match.start(), original, replacement, rule.confidence(), rule.reason(), name);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
