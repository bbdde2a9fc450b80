package org.copydesk.suggest.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.base.Sha256;
import org.copydesk.security.CurrentUser;
import org.copydesk.suggest.domain.LearnedRuleStore;
import org.copydesk.suggest.domain.StoredRule;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.Confidence;
import org.copydesk.suggest.engine.LearnedFixes;
import org.copydesk.suggest.engine.MechanicalRepairs;
import org.copydesk.suggest.engine.PhraseRule;
import org.copydesk.suggest.engine.PhraseSource;
import org.copydesk.suggest.engine.PooledEvidence;
import org.copydesk.suggest.engine.SentenceOpeners;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.engine.Suggestions;
import org.copydesk.suggest.engine.TeamRefusals;
import org.copydesk.suggest.learning.ChangeExtractor;
import org.copydesk.suggest.learning.LearnedChange;
import org.copydesk.suggest.learning.PairArchive;
import org.copydesk.suggest.learning.ParagraphAligner;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Learns fixes from the team: from saved edits (source text against corrected text), from reference pairs an
 * admin imports, and from accepts and rejects of suggestions. Keeps the current rules as a suggestion source in
 * memory, built when suggestions are next asked for after a change: at once after an admin's or editor's explicit
 * act (a pair, a decision, a rule edited), at most once per {@code copydesk.learning.refresh-after-edit} while saves
 * stream in, so fifty editors saving do not rebuild the automaton fifty times a second.
 */
@Service
public class LearningService {

    static final int MAX_PAIR_PARAGRAPHS = 5_000;
    static final int MAX_PAIR_CHARS = 5_000_000;

    private final LearnedRuleStore store;
    private final Clock clock;
    private final int evidenceNeeded;
    private static final long MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();

    private final MechanicalRepairs mechanical = new MechanicalRepairs();
    private final long refreshAfterEditNanos;
    /** Committed changes to the rules: those learned from saves, and those an explicit act made. */
    private final AtomicLong editChanges = new AtomicLong();

    private final AtomicLong explicitChanges = new AtomicLong();
    private volatile @Nullable Built built;

    LearningService(
            LearnedRuleStore store,
            Clock clock,
            @Value("${copydesk.learning.confident-evidence:2}") int evidenceNeeded,
            @Value("${copydesk.learning.refresh-after-edit:1s}") Duration refreshAfterEdit) {
        this.store = store;
        this.clock = clock;
        this.evidenceNeeded = evidenceNeeded;
        this.refreshAfterEditNanos = refreshAfterEdit.toNanos();
    }

    /**
     * What the learned rules give the suggestion engine, built together from one reading of the rules.
     *
     * @param fixes the rules as a suggestion source (not retired, more often made than refused)
     * @param refusals the changes the team's editors refuse, before which general knowledge gives way
     */
    public record Learned(PhraseSource fixes, TeamRefusals refusals) {}

    /** The source as built from the rules, and the changes it has seen. */
    private record Built(Learned source, long edits, long explicit, long builtAtNanos) {}

    /**
     * The learned rules as the suggestion engine uses them. The same object until the rules change, so callers may
     * cache what they build on it. No transaction: most calls read nothing, and a rebuild is one statement, so a row
     * refresh does not take a pooled connection to look at a field.
     */
    public Learned source() {
        Built b = built;
        if (b == null || stale(b)) {
            b = rebuild();
        }
        return b.source();
    }

    /**
     * Changed here since the build (at once for explicit acts, after the refresh interval for saves), or older than
     * {@link #MAX_AGE_NANOS}: changes made on another node reach this one's suggestions within a minute.
     */
    private boolean stale(Built b) {
        long age = System.nanoTime() - b.builtAtNanos();
        return b.explicit() != explicitChanges.get()
                || (b.edits() != editChanges.get() && age >= refreshAfterEditNanos)
                || age >= MAX_AGE_NANOS;
    }

    /** Every learned rule, retired ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<LearnedRuleView> rules() {
        return views(store.all());
    }

    /**
     * Learns what one paragraph's correction shows; re-learning the same paragraph replaces what it showed before,
     * so saving a paragraph ten times counts once.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int learnFromEdit(long articleId, long paragraphId, String source, String corrected, String author) {
        Learning learning = new Learning(store.phrases());
        int changes = learning.learn("paragraph:" + paragraphId, "article:" + articleId, source, corrected, author);
        recountKeptForNewRules(learning.created);
        afterCommit(editChanges);
        return changes;
    }

    /**
     * Counts an editor's accept or reject of suggestion {@code s} made for {@code text}. A deleted or inserted word
     * is anchored on the word before it ({@code have actually → have}), never learned bare; a deleted sentence
     * opener ({@code Indeed, the → The}) counts for its opener rule ({@code indeed, → ""}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public void recordDecision(String text, Suggestion s, boolean accepted) {
        String opener = SentenceOpeners.ruleOf(s.original(), s.replacement());
        if (opener != null) {
            recordDecision(opener, "", accepted);
            return;
        }
        String from = s.original();
        String to = s.replacement();
        if (from.isBlank() || to.isBlank()) {
            int i = s.start();
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd) {
                return;
            }
            String before = text.substring(i, s.start());
            from = before + from;
            to = before + to;
        }
        recordDecision(from.replaceAll("\\s+", " "), to.replaceAll("\\s+", " "), accepted);
    }

    /** Counts an editor's accept or reject of a suggestion {@code from → to} for the rule of that change. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public void recordDecision(String from, String to, boolean accepted) {
        var change = new LearnedChange(from.strip(), to.strip());
        if (change.from().isEmpty()
                || change.from().length() > 300
                || change.to().length() > 300) {
            return;
        }
        long id = store.upsert(change.from(), change.to(), clock.instant(), CurrentUser.username());
        store.countDecision(id, accepted, clock.instant(), CurrentUser.username());
        afterCommit(explicitChanges);
    }

    /**
     * Aligns the paragraphs of a spun article with its original (merged and split paragraphs allowed) and learns
     * the substitutions of every aligned group. Importing the same pair again replaces its evidence.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PairResult learnFromPair(String spun, String original) {
        Prepared prepared = prepare(spun, original);
        if (prepared.refusal() != null) {
            return new PairResult.Invalid(prepared.refusal());
        }
        return learnPrepared(spun, original, prepared);
    }

    /**
     * Teaches from several pairs (a ZIP of them) at once: every pair is checked first, and one that cannot be used
     * refuses the whole upload, naming it, before anything is learned.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PairsResult learnFromPairs(List<PairArchive.Pair> pairs) {
        List<Prepared> prepared = new ArrayList<>();
        for (PairArchive.Pair pair : pairs) {
            Prepared p = prepare(pair.spun(), pair.original());
            if (p.refusal() != null) {
                return new PairsResult.Invalid(pair.name(), "Pair " + pair.name() + ": " + p.refusal());
            }
            prepared.add(p);
        }
        List<PairsResult.NamedPair> learned = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PairArchive.Pair pair = pairs.get(i);
            learned.add(new PairsResult.NamedPair(
                    pair.name(), learnPrepared(pair.spun(), pair.original(), prepared.get(i))));
        }
        return new PairsResult.Learned(learned);
    }

    /** A pair split into paragraphs and aligned, or the reason it cannot be used. */
    private record Prepared(
            @Nullable String refusal, List<String> spun, List<String> original, List<ParagraphAligner.Group> groups) {

        static Prepared refused(String reason) {
            return new Prepared(reason, List.of(), List.of(), List.of());
        }
    }

    private static Prepared prepare(String spun, String original) {
        if (spun.isBlank() || original.isBlank()) {
            return Prepared.refused("Both the spun text and the original are needed, and neither may be empty.");
        }
        if (spun.length() > MAX_PAIR_CHARS || original.length() > MAX_PAIR_CHARS) {
            return Prepared.refused("Each text may have at most " + MAX_PAIR_CHARS + " characters.");
        }
        List<String> s = ParagraphAligner.paragraphs(spun);
        List<String> o = ParagraphAligner.paragraphs(original);
        if (s.size() > MAX_PAIR_PARAGRAPHS || o.size() > MAX_PAIR_PARAGRAPHS) {
            return Prepared.refused("Each text may have at most " + MAX_PAIR_PARAGRAPHS + " paragraphs.");
        }
        var groups = ParagraphAligner.align(s, o);
        if (groups.isEmpty() || groups.stream().allMatch(g -> g.similarity() < 0.2)) {
            return Prepared.refused("The two texts have no paragraphs in common; are they the same article?");
        }
        return new Prepared(null, s, o, groups);
    }

    private PairResult.Learned learnPrepared(String spun, String original, Prepared prepared) {
        List<String> s = prepared.spun();
        List<String> o = prepared.original();
        var groups = prepared.groups();
        String pair = "pair:" + Sha256.hex(spun + "\u0000" + original).substring(0, 16);
        Learning learning = new Learning(store.phrases());
        int changes = 0;
        List<PairResult.AlignedGroup> alignment = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            var group = groups.get(g);
            String from = String.join(" ", s.subList(group.spunFrom(), group.spunTo()));
            String to = String.join(" ", o.subList(group.originalFrom(), group.originalTo()));
            alignment.add(new PairResult.AlignedGroup(
                    range(group.spunFrom(), group.spunTo()),
                    range(group.originalFrom(), group.originalTo()),
                    Math.round(group.similarity() * 1000) / 1000.0));
            if (group.similarity() >= 0.2) {
                changes += learning.learn(pair + ":" + g, pair, from, to, CurrentUser.username());
            }
        }
        recountKeptForNewRules(learning.created);
        afterCommit(explicitChanges);
        List<LearnedRuleView> learned = views(store.all()).stream()
                .filter(r -> learning.touched.contains(r.id()))
                .toList();
        return new PairResult.Learned(pair, s.size(), o.size(), alignment, changes, learning.created.size(), learned);
    }

    /** Edits a rule's wording or retires / reinstates it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RuleUpdateResult update(long id, String from, String to, boolean retired) {
        if (store.find(id).isEmpty()) {
            return new RuleUpdateResult.NotFound(id);
        }
        String f = from.strip();
        String t = to.strip();
        if (f.isEmpty() || f.length() > 300 || t.length() > 300 || f.equals(t)) {
            return new RuleUpdateResult.Invalid(
                    "A rule needs a phrase of 1 to 300 characters and a different replacement.");
        }
        if (!store.update(id, f, t, retired, clock.instant(), CurrentUser.username())) {
            return new RuleUpdateResult.Invalid("Another rule already replaces “" + f + "” with “" + t + "”.");
        }
        afterCommit(explicitChanges);
        return new RuleUpdateResult.Updated(view(store.find(id).orElseThrow(), competitors(store.all())));
    }

    /** Retires a rule: it is kept with its counts but no longer proposed. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RuleUpdateResult retire(long id) {
        Optional<StoredRule> rule = store.find(id);
        if (rule.isEmpty()) {
            return new RuleUpdateResult.NotFound(id);
        }
        return update(id, rule.get().from(), rule.get().to(), true);
    }

    /**
     * One transaction's learning: the rules known when it began (their folded phrases, and the fillers those made
     * by deleting a word show), and what it created and touched.
     */
    private final class Learning {

        private final Map<String, List<Long>> byPhrase = new HashMap<>();
        private final Set<String> fillers = new HashSet<>();
        /** Rules this transaction created: id → phrase as stored. */
        private final Map<Long, String> created = new LinkedHashMap<>();

        private final Set<Long> touched = new HashSet<>();

        Learning(List<LearnedRuleStore.Phrase> known) {
            for (var r : known) {
                byPhrase.computeIfAbsent(AnalysedText.of(r.from()).folded(), k -> new ArrayList<>())
                        .add(r.id());
                if (r.made()) {
                    fillers.add(ChangeExtractor.filler(new LearnedChange(r.from(), r.to())));
                }
            }
            fillers.remove("");
        }

        int learn(String sourceKey, String documentKey, String source, String corrected, String user) {
            var analysed = AnalysedText.of(source);
            String repaired = Suggestions.applyConfident(source, mechanical.suggest(analysed));
            var lesson = ChangeExtractor.learn(repaired, corrected, occurring(repaired, corrected), fillers);
            Map<Long, int[]> counts = new HashMap<>();
            lesson.kept()
                    .forEach((phrase, n) -> byPhrase.getOrDefault(phrase, List.of())
                            .forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[1] += n));
            int changes = 0;
            for (var e : lesson.changed().entrySet()) {
                if (e.getKey().from().length() > 300 || e.getKey().to().length() > 300) {
                    continue;
                }
                var rule = store.upsertRule(e.getKey().from(), e.getKey().to(), clock.instant(), user);
                if (rule.created()) {
                    created.put(rule.id(), e.getKey().from());
                }
                counts.computeIfAbsent(rule.id(), k -> new int[2])[0] += e.getValue();
                touched.add(rule.id());
                changes += e.getValue();
            }
            store.replaceEvidence(sourceKey, documentKey, counts);
            store.saveExample(sourceKey, documentKey, repaired, corrected);
            return changes;
        }

        /**
         * The known phrases that occur in either text at all: usually a handful of thousands, so the extractor
         * matches those instead of building a matcher of every rule for every save.
         */
        private List<String> occurring(String source, String corrected) {
            String a = AnalysedText.of(source).folded();
            String b = AnalysedText.of(corrected).folded();
            List<String> found = new ArrayList<>();
            for (String phrase : byPhrase.keySet()) {
                if (a.contains(phrase) || b.contains(phrase)) {
                    found.add(phrase);
                }
            }
            return found;
        }
    }

    /**
     * Rules created in this transaction are checked against the examples seen earlier: each place their phrase
     * stayed unchanged counts against them. Only the examples that contain the phrase's longest plain word are read
     * (found by the trigram indexes), not every example ever stored.
     */
    private void recountKeptForNewRules(Map<Long, String> created) {
        Map<String, Map<String, List<Long>>> byWord = new HashMap<>();
        for (var rule : created.entrySet()) {
            String phrase = AnalysedText.of(rule.getValue()).folded();
            byWord.computeIfAbsent(longestPlainWord(phrase), k -> new HashMap<>())
                    .computeIfAbsent(phrase, k -> new ArrayList<>())
                    .add(rule.getKey());
        }
        byWord.forEach((word, byPhrase) -> {
            List<String> phrases = new ArrayList<>(byPhrase.keySet());
            var examples = word.isEmpty() ? store.examples() : store.examplesContaining(word);
            for (var example : examples) {
                var kept = ChangeExtractor.learn(example.source(), example.corrected(), phrases)
                        .kept();
                kept.forEach((phrase, n) -> byPhrase.getOrDefault(phrase, List.of())
                        .forEach(id -> store.setKept(id, example.sourceKey(), example.documentKey(), n)));
            }
        });
    }

    /**
     * The longest run of ASCII letters and digits in a folded phrase: every text the phrase occurs in contains it
     * in any case, so {@code ilike} on it finds a superset of those texts. Empty when the phrase has none.
     */
    static String longestPlainWord(String folded) {
        String best = "";
        for (String run : folded.split("[^a-z0-9]+")) {
            if (run.length() > best.length()) {
                best = run;
            }
        }
        return best;
    }

    /** Once this transaction commits, the rules count as changed, so the next {@link #source()} may rebuild. */
    private static void afterCommit(AtomicLong changes) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.incrementAndGet();
            }
        });
    }

    /** Builds the source from the rules as committed now; one caller at a time, the others take its result. */
    private synchronized Built rebuild() {
        Built current = built;
        if (current != null && !stale(current)) {
            return current;
        }
        // Read the counters before the rules: a change committed after this point makes the result stale again.
        long edits = editChanges.get();
        long explicit = explicitChanges.get();
        List<StoredRule> all = store.all();
        var competing = competitors(all);
        List<PhraseRule> rules = new ArrayList<>();
        var refusals = new TeamRefusals.Builder();
        for (StoredRule r : all) {
            int made = r.changed() + r.accepted();
            int refused = r.kept() + r.rejected();
            if (refusedByEditors(r)) {
                refusals.add(r.from(), r.to());
            }
            if (!proposed(r)) {
                continue;
            }
            var confidence = confidence(r, competing);
            rules.add(new PhraseRule(
                    r.from(), r.to(), confidence, "Learned fix: made " + made + " times, kept or rejected " + refused));
        }
        rules.sort((a, b) -> a.confidence().compareTo(b.confidence()));
        Built fresh = new Built(
                new Learned(LearnedFixes.source(rules), refusals.build()), edits, explicit, System.nanoTime());
        built = fresh;
        return fresh;
    }

    /** What live rules show together: how often each phrase was replaced (a rule's rivals), and pooled fillers. */
    private static PooledEvidence competitors(List<StoredRule> all) {
        var pool = new PooledEvidence();
        for (StoredRule r : all) {
            if (!r.retired() && r.changed() + r.accepted() > 0) {
                pool.add(r.from(), r.to(), r.changed() + r.accepted(), r.kept() + r.rejected(), r.documents());
            }
        }
        return pool;
    }

    private Confidence confidence(StoredRule r, PooledEvidence pool) {
        int made = r.changed() + r.accepted();
        int rivals = pool.made(AnalysedText.of(r.from()).folded()) - (r.retired() ? 0 : made);
        return LearnedFixes.confidence(
                new LearnedFixes.Standing(
                        r.from(),
                        r.to(),
                        made,
                        r.accepted(),
                        r.rejected(),
                        r.kept(),
                        r.documents(),
                        Math.max(0, rivals)),
                evidenceNeeded,
                pool);
    }

    private List<LearnedRuleView> views(List<StoredRule> all) {
        var competing = competitors(all);
        return all.stream().map(r -> view(r, competing)).toList();
    }

    private LearnedRuleView view(StoredRule r, PooledEvidence competing) {
        return new LearnedRuleView(
                r.id(),
                r.from(),
                r.to(),
                r.changed() + r.accepted(),
                r.kept() + r.rejected(),
                r.documents() + r.accepted(),
                r.retired(),
                confidence(r, competing).code(),
                proposed(r),
                refusedByEditors(r));
    }

    /** Editors refuse the rule's change, so the spinner table's same change gives way ({@link TeamRefusals}). */
    private static boolean refusedByEditors(StoredRule r) {
        return !r.retired() && LearnedFixes.refuses(r.changed() + r.accepted(), r.rejected());
    }

    /** Offered as a suggestion: not retired, and made more often than refused. */
    private static boolean proposed(StoredRule r) {
        return !r.retired() && r.changed() + r.accepted() > r.kept() + r.rejected();
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }
}
