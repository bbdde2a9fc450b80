package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source that replaces whole phrases from a list of {@link PhraseRule}s, outside quotation marks only (spinners
 * leave quoted speech alone, so a phrase inside quotes is the speaker's own word). The suggestion covers only the
 * words that change, so {@code stated the source → said the source} underlines {@code stated}.
 *
 * <p>Nearly every occurrence reads like the folded phrase, or like it with a capital first letter (a sentence
 * start). For those two spellings the suggestion is worked out once per rule and only moved to the occurrence;
 * any other spelling (capitals inside, curly quotes) is worked out from the text as it stands. A rule that deletes
 * a sentence opener is proposed as {@link SentenceOpeners} says.
 */
public class PhraseSource implements SuggestionSource {

    private final String name;
    private final PhraseMatcher<PhraseRule> matcher;
    private final int size;
    /** Per phrase id: the suggestion at offset 0 for the folded spelling, or {@link #NOTHING}. */
    private final Suggestion[] asFolded;
    /** Per phrase id: the same for the spelling with a capital first letter, or null if that spelling is the folded one. */
    private final @Nullable Suggestion[] asCapitalised;
    /** Per phrase id: whether its rule deletes a sentence opener, which depends on the text around it. */
    private final boolean[] opener;
    /** Per phrase id: whether the rule is proposed as possible only, its change refused ({@link #demoting}). */
    private final boolean[] demoted;

    /** Stands for "this spelling gets no suggestion" (the rule changes nothing there). */
    private static final Suggestion NOTHING = new Suggestion(0, 0, "", "", Confidence.POSSIBLE, "", "");

    public PhraseSource(String name, List<PhraseRule> rules) {
        this.name = name;
        this.matcher = PhraseMatcher.of(rules, PhraseRule::from);
        this.size = rules.size();
        int phrases = matcher.size();
        this.asFolded = new Suggestion[phrases];
        this.asCapitalised = new Suggestion[phrases];
        this.opener = new boolean[phrases];
        this.demoted = new boolean[phrases];
        for (int p = 0; p < phrases; p++) {
            String folded = matcher.phrase(p);
            PhraseRule rule = matcher.payload(p);
            if (SentenceOpeners.isOpener(rule.from(), rule.to())) {
                opener[p] = true;
                asFolded[p] = NOTHING;
                continue;
            }
            asFolded[p] = suggestion(0, folded, rule);
            String capitalised = Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
            asCapitalised[p] = capitalised.equals(folded) ? null : suggestion(0, capitalised, rule);
        }
    }

    /** The same source sharing this one's automaton, with the demoted phrases' suggestions made possible. */
    private PhraseSource(PhraseSource of, boolean[] demoted) {
        this.name = of.name;
        this.matcher = of.matcher;
        this.size = of.size;
        this.opener = of.opener;
        this.demoted = demoted;
        this.asFolded = of.asFolded.clone();
        this.asCapitalised = of.asCapitalised.clone();
        for (int p = 0; p < demoted.length; p++) {
            if (demoted[p]) {
                asFolded[p] = possible(asFolded[p]);
                asCapitalised[p] = asCapitalised[p] == null ? null : possible(asCapitalised[p]);
            }
        }
    }

    /**
     * This source with every rule whose change the team refuses proposed as possible, with a reason that says so (a
     * rule that was possible anyway says so too: the editor sees why it never turns confident). Cheap: the automaton
     * and the worked-out suggestions are shared; returns this source when nothing of it is refused.
     */
    public PhraseSource demoting(TeamRefusals refusals) {
        boolean[] demote = new boolean[matcher.size()];
        boolean any = false;
        for (int p = 0; p < demote.length; p++) {
            PhraseRule rule = matcher.payload(p);
            demote[p] = refusals.refusesChange(rule.from(), rule.to());
            any |= demote[p];
        }
        return any ? new PhraseSource(this, demote) : this;
    }

    static final String REFUSED = " — your team has rejected this change, so it is only possible";

    private static Suggestion possible(Suggestion s) {
        return s == NOTHING
                ? s
                : new Suggestion(
                        s.start(),
                        s.end(),
                        s.original(),
                        s.replacement(),
                        Confidence.POSSIBLE,
                        s.reason() + REFUSED,
                        s.source());
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
        String t = text.text();
        matcher.forEach(text, (start, end, rule, phrase) -> {
            if (text.isQuoted(start, end)) {
                return;
            }
            if (opener[phrase]) {
                Suggestion s = SentenceOpeners.suggest(t, start, end, rule.confidence(), rule.reason(), name);
                if (s != null) {
                    out.add(demoted[phrase] ? possible(s) : s);
                }
                return;
            }
            String folded = matcher.phrase(phrase);
            Suggestion known = null;
            if (t.regionMatches(start, folded, 0, folded.length())) {
                known = asFolded[phrase];
            } else if (asCapitalised[phrase] != null
                    && t.charAt(start) == Character.toUpperCase(folded.charAt(0))
                    && t.regionMatches(start + 1, folded, 1, folded.length() - 1)) {
                known = asCapitalised[phrase];
            }
            Suggestion s;
            if (known == null) {
                s = suggestion(start, t.substring(start, end), rule);
                s = demoted[phrase] ? possible(s) : s;
            } else {
                s = moved(known, start); // worked out once, demoted with it
            }
            if (s != NOTHING) {
                out.add(s);
            }
        });
        return out;
    }

    private Suggestion suggestion(int start, String original, PhraseRule rule) {
        String replacement = Casing.like(original, rule.to());
        Suggestion s = WordTrim.trim(start, original, replacement, rule.confidence(), rule.reason(), name);
        return s == null ? NOTHING : s;
    }

    private static Suggestion moved(Suggestion s, int by) {
        return s == NOTHING
                ? s
                : new Suggestion(
                        s.start() + by,
                        s.end() + by,
                        s.original(),
                        s.replacement(),
                        s.confidence(),
                        s.reason(),
                        s.source());
    }
}
