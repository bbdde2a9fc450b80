package org.copydesk.suggest.check;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.PhraseMatcher;

/** A forbidden term is an error; a preferred term spelt otherwise is a warning. Quotes are the speaker's words. */
public final class GlossaryCheck implements QaCheck {

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        if (input.glossary().isEmpty()) {
            return out;
        }
        var text = AnalysedText.of(input.corrected());
        for (var match : PhraseMatcher.of(input.glossary(), GlossaryEntry::term).find(text)) {
            if (text.isQuoted(match.start(), match.end())) {
                continue;
            }
            GlossaryEntry entry = match.payload();
            String found = input.corrected().substring(match.start(), match.end());
            if (entry.kind() == GlossaryKind.FORBIDDEN) {
                String instead = entry.replacement() == null ? "" : " Use “" + entry.replacement() + "”.";
                out.add(new Finding(
                        Severity.ERROR,
                        name(),
                        match.start(),
                        match.end(),
                        "“" + found + "” is not house style." + instead));
            } else if (!found.equals(entry.term())) {
                out.add(new Finding(
                        Severity.WARNING,
                        name(),
                        match.start(),
                        match.end(),
                        "House spelling is “" + entry.term() + "”."));
            }
        }
        return out;
    }
}
