package org.copydesk.suggest.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The standard checks that need nothing but the texts (grammar and spelling run separately: they are slow). */
public final class QaChecks {

    public static final List<QaCheck> STANDARD = List.of(
            new NumbersCheck(),
            new QuotesCheck(),
            new DoubledWordsCheck(),
            new MechanicalDamageCheck(),
            new GlossaryCheck());

    private QaChecks() {}

    public static List<Finding> run(List<QaCheck> checks, CheckInput input) {
        List<Finding> out = new ArrayList<>();
        for (QaCheck check : checks) {
            out.addAll(check.check(input));
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::severity));
        return out;
    }
}
