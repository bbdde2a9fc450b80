package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;

/**
 * House style from the glossary: a forbidden term with a replacement is replaced; a preferred term written with
 * other capitals or quotes is respelt. Outside quotation marks only, like every wording change.
 */
public final class GlossarySource implements SuggestionSource {

    public static final String NAME = "glossary";

    private final PhraseMatcher<GlossaryEntry> matcher;

    public GlossarySource(List<GlossaryEntry> entries) {
        this.matcher = PhraseMatcher.of(
                entries.stream()
                        .filter(e -> e.kind() == GlossaryKind.PREFERRED || e.replacement() != null)
                        .toList(),
                GlossaryEntry::term);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> suggest(AnalysedText text) {
        List<Suggestion> out = new ArrayList<>();
        for (var match : matcher.find(text)) {
            if (text.isQuoted(match.start(), match.end())) {
                continue;
            }
            GlossaryEntry entry = match.payload();
            String found = text.text().substring(match.start(), match.end());
            String replacement;
            String reason;
            if (entry.kind() == GlossaryKind.PREFERRED) {
                replacement = entry.term();
                reason = "House spelling: “" + entry.term() + "”";
            } else {
                replacement = Casing.like(found, entry.replacement() == null ? "" : entry.replacement());
                reason = "House style: “" + entry.replacement() + "”, not “" + entry.term() + "”";
            }
            if (!found.equals(replacement)) {
                out.add(new Suggestion(
                        match.start(), match.end(), found, replacement, Confidence.CONFIDENT, reason, NAME));
            }
        }
        return out;
    }
}
