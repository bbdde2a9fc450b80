package org.copydesk.suggest.check;

import java.util.List;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.MechanicalRepairs;

/** Spinner damage still in the corrected text (glued words, broken hyphens, stray spaces) is an error. */
public final class MechanicalDamageCheck implements QaCheck {

    private final MechanicalRepairs repairs = new MechanicalRepairs();

    @Override
    public String name() {
        return "mechanical";
    }

    @Override
    public List<Finding> check(CheckInput input) {
        return repairs.suggest(AnalysedText.of(input.corrected())).stream()
                .filter(s -> !s.reason().contains("quotation mark"))
                .map(s -> new Finding(
                        Severity.ERROR,
                        name(),
                        s.start(),
                        s.end(),
                        s.reason() + ": “" + s.original() + "” → “" + s.replacement() + "”"))
                .toList();
    }
}
