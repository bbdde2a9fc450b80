package org.copydesk.suggest.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The learned rules and their evidence, in SQL: the counts are sums over evidence rows, which is what the database
 * does best, and an upsert keeps two learners of the same rule from colliding.
 */
@Repository
public class LearnedRuleStore {

    private static final String SELECT = """
            select r.id, r.from_text, r.to_text, r.accepted, r.rejected, r.retired,
                   coalesce(sum(e.changed), 0) as changed, coalesce(sum(e.kept), 0) as kept,
                   count(distinct e.document_key) filter (where e.changed > 0) as documents
            from learned_rules r left join learned_rule_evidence e on e.rule_id = r.id
            """;

    private final JdbcClient jdbc;

    LearnedRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the rule {@code from → to}, created when new. */
    public long upsert(String from, String to, Instant now, String user) {
        return upsertRule(from, to, now, user).id();
    }

    /** A rule's id, and whether this statement created it. */
    public record Upserted(long id, boolean created) {}

    /** As {@link #upsert}, telling whether the rule is new ({@code xmax = 0}: the row was inserted, not updated). */
    public Upserted upsertRule(String from, String to, Instant now, String user) {
        return jdbc.sql("""
                        insert into learned_rules (from_text, to_text, created_at, updated_at, updated_by)
                        values (:from, :to, :now, :now, :user)
                        on conflict (from_text, to_text) do update set updated_at = excluded.updated_at
                        returning id, (xmax = 0) as created""")
                .param("from", from)
                .param("to", to)
                .param("now", Timestamp.from(now))
                .param("user", user)
                .query((rs, n) -> new Upserted(rs.getLong("id"), rs.getBoolean("created")))
                .single();
    }

    /** A rule's phrase and replacement, and whether any evidence shows it made; without the evidence's sums. */
    public record Phrase(long id, String from, String to, boolean made) {}

    /** Every rule's phrase, for a learner that only needs to recognise them: one pass, no aggregation. */
    public List<Phrase> phrases() {
        return jdbc.sql("""
                        select r.id, r.from_text, r.to_text,
                               exists (select 1 from learned_rule_evidence e
                                       where e.rule_id = r.id and e.changed > 0) as made
                        from learned_rules r""")
                .query((rs, n) -> new Phrase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Replaces what {@code sourceKey} (one paragraph) showed: rule id → {changed, kept}. */
    public void replaceEvidence(String sourceKey, String documentKey, Map<Long, int[]> counts) {
        // Two revisions of one paragraph may be learned from at once (the listener runs asynchronously): the lock
        // makes their delete-and-insert take turns instead of colliding on the primary key.
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext(:key))")
                .param("key", sourceKey)
                .query(Integer.class)
                .single();
        jdbc.sql("delete from learned_rule_evidence where source_key = :key")
                .param("key", sourceKey)
                .update();
        counts.forEach((ruleId, c) -> jdbc.sql("""
                        insert into learned_rule_evidence (rule_id, source_key, document_key, changed, kept)
                        values (:rule, :key, :doc, :changed, :kept)""")
                .param("rule", ruleId)
                .param("key", sourceKey)
                .param("doc", documentKey)
                .param("changed", c[0])
                .param("kept", c[1])
                .update());
    }

    /** Keeps the text pair that taught {@code sourceKey}, replacing an earlier version. */
    public void saveExample(String sourceKey, String documentKey, String source, String corrected) {
        jdbc.sql("""
                        insert into learning_examples (source_key, document_key, source_text, corrected_text)
                        values (:key, :doc, :source, :corrected)
                        on conflict (source_key) do update
                        set source_text = excluded.source_text, corrected_text = excluded.corrected_text""")
                .param("key", sourceKey)
                .param("doc", documentKey)
                .param("source", source)
                .param("corrected", corrected)
                .update();
    }

    /** A stored example: key, document, source and corrected text. */
    public record Example(String sourceKey, String documentKey, String source, String corrected) {}

    public List<Example> examples() {
        return jdbc.sql("select source_key, document_key, source_text, corrected_text from learning_examples")
                .query(LearnedRuleStore::example)
                .list();
    }

    /**
     * The examples whose source or corrected text contains {@code word}, ignoring case: a superset of those in
     * which a phrase with that word occurs, narrowed by the trigram indexes (V90) rather than read in full.
     */
    public List<Example> examplesContaining(String word) {
        String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select source_key, document_key, source_text, corrected_text from learning_examples
                        where source_text ilike :pattern or corrected_text ilike :pattern""")
                .param("pattern", pattern)
                .query(LearnedRuleStore::example)
                .list();
    }

    private static Example example(ResultSet rs, int n) throws SQLException {
        return new Example(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    /** Sets how often {@code sourceKey} kept the phrase of a rule, leaving its change count as it is. */
    public void setKept(long ruleId, String sourceKey, String documentKey, int kept) {
        jdbc.sql("""
                        insert into learned_rule_evidence (rule_id, source_key, document_key, changed, kept)
                        values (:rule, :key, :doc, 0, :kept)
                        on conflict (rule_id, source_key) do update set kept = excluded.kept""")
                .param("rule", ruleId)
                .param("key", sourceKey)
                .param("doc", documentKey)
                .param("kept", kept)
                .update();
    }

    public void countDecision(long ruleId, boolean accepted, Instant now, String user) {
        jdbc.sql(
                        accepted
                                ? "update learned_rules set accepted = accepted + 1, updated_at = :now, updated_by = :user, version = version + 1 where id = :id"
                                : "update learned_rules set rejected = rejected + 1, updated_at = :now, updated_by = :user, version = version + 1 where id = :id")
                .param("id", ruleId)
                .param("now", Timestamp.from(now))
                .param("user", user)
                .update();
    }

    public List<StoredRule> all() {
        return jdbc.sql(SELECT + " group by r.id order by r.id")
                .query(LearnedRuleStore::row)
                .list();
    }

    public Optional<StoredRule> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id group by r.id")
                .param("id", id)
                .query(LearnedRuleStore::row)
                .optional();
    }

    public Optional<Long> findId(String from, String to) {
        return jdbc.sql("select id from learned_rules where from_text = :from and to_text = :to")
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .optional();
    }

    private static StoredRule row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredRule(
                rs.getLong("id"),
                rs.getString("from_text"),
                rs.getString("to_text"),
                rs.getInt("accepted"),
                rs.getInt("rejected"),
                rs.getBoolean("retired"),
                rs.getInt("changed"),
                rs.getInt("kept"),
                rs.getInt("documents"));
    }

    /** Changes a rule's text and standing; false when another rule already has this text. */
    public boolean update(long id, String from, String to, boolean retired, Instant now, String user) {
        Optional<Long> clash = findId(from, to);
        if (clash.isPresent() && clash.get() != id) {
            return false;
        }
        return jdbc.sql("""
                        update learned_rules set from_text = :from, to_text = :to, retired = :retired,
                               updated_at = :now, updated_by = :user, version = version + 1
                        where id = :id""")
                        .param("id", id)
                        .param("from", from)
                        .param("to", to)
                        .param("retired", retired)
                        .param("now", Timestamp.from(now))
                        .param("user", user)
                        .update()
                == 1;
    }
}
