package org.copydesk.glossary.service;

import java.time.Clock;
import java.util.List;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.copydesk.glossary.domain.GlossaryTerm;
import org.copydesk.glossary.domain.GlossaryTermRepository;
import org.copydesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The house glossary. Admins add and remove terms; everyone (and every suggestion request) reads them, so the list
 * is kept in memory and reloaded after each change.
 */
@Service
public class GlossaryService {

    private final GlossaryTermRepository terms;
    private final Clock clock;
    private volatile @Nullable List<GlossaryEntry> cached;

    GlossaryService(GlossaryTermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    /** Every term, alphabetically. */
    @Transactional(readOnly = true)
    public List<GlossaryEntry> entries() {
        List<GlossaryEntry> current = cached;
        if (current == null) {
            current = terms.findAllByOrderByTermAsc().stream()
                    .map(GlossaryTerm::toEntry)
                    .toList();
            cached = current;
        }
        return current;
    }

    /** Adds a term; a blank or duplicate term, or a preferred term with a replacement, is refused. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public GlossaryResult add(String term, GlossaryKind kind, @Nullable String replacement, @Nullable String note) {
        String t = term.strip();
        String r = replacement == null || replacement.isBlank() ? null : replacement.strip();
        if (t.isEmpty() || t.length() > 200) {
            return new GlossaryResult.Invalid("A term needs 1 to 200 characters.");
        }
        if (kind == GlossaryKind.PREFERRED && r != null) {
            return new GlossaryResult.Invalid(
                    "A preferred term is its own spelling; only forbidden terms have a replacement.");
        }
        if (r != null && r.length() > 200) {
            return new GlossaryResult.Invalid("A replacement has at most 200 characters.");
        }
        if (terms.existsByTermIgnoreCase(t)) {
            return new GlossaryResult.Invalid("“" + t + "” is already in the glossary.");
        }
        var saved = terms.save(new GlossaryTerm(
                t,
                kind,
                r,
                note == null || note.isBlank() ? null : note.strip(),
                CurrentUser.username(),
                clock.instant()));
        cached = null;
        return new GlossaryResult.Added(saved.toEntry());
    }

    /** Removes a term; false when there is none with this id. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean remove(long id) {
        if (!terms.existsById(id)) {
            return false;
        }
        terms.deleteById(id);
        cached = null;
        return true;
    }
}
