package org.copydesk.suggest.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.glossary.service.GlossaryService;
import org.copydesk.suggest.check.CheckInput;
import org.copydesk.suggest.check.Finding;
import org.copydesk.suggest.check.LanguageToolCheck;
import org.copydesk.suggest.check.QaChecks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * QA findings on a paragraph's current corrected text. Their errors hold a paragraph back from review: review asks
 * through {@code article.SubmissionCheck} ({@link FindingsSubmissionCheck}); reviewers may override, recorded by the
 * review feature.
 */
@Service
public class FindingsService {

    private final ParagraphEditingService editing;
    private final GlossaryService glossary;
    private final LanguageToolHolder languageTool;
    private final long waitSeconds;

    FindingsService(
            ParagraphEditingService editing,
            GlossaryService glossary,
            LanguageToolHolder languageTool,
            @Value("${copydesk.findings.languagetool-wait-seconds:30}") long waitSeconds) {
        this.editing = editing;
        this.glossary = glossary;
        this.languageTool = languageTool;
        this.waitSeconds = waitSeconds;
    }

    /** Findings on the paragraph's newest revision, sorted by position; empty when there is no such paragraph. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ParagraphFindings> findings(long paragraphId) {
        Optional<List<RevisionSummary>> history = editing.history(paragraphId);
        if (history.isEmpty() || history.get().isEmpty()) {
            return Optional.empty();
        }
        String source = history.get().getFirst().text();
        RevisionSummary current = history.get().getLast();
        return Optional.of(check(paragraphId, current.number(), source, current.text()));
    }

    /**
     * The errors on the paragraph's newest revision, the findings that block submitting it. LanguageTool is not
     * waited for: it only ever reports warnings.
     */
    List<Finding> blockingErrors(long paragraphId) {
        Optional<List<RevisionSummary>> history = editing.history(paragraphId);
        if (history.isEmpty() || history.get().isEmpty()) {
            return List.of();
        }
        var input = new CheckInput(
                history.get().getFirst().text(), history.get().getLast().text(), glossary.entries());
        return QaChecks.run(QaChecks.STANDARD, input).stream()
                .filter(f -> f.severity() == org.copydesk.suggest.check.Severity.ERROR)
                .toList();
    }

    /** Findings on any text against its source (the workspace checks unsaved text this way). */
    @PreAuthorize("isAuthenticated()")
    public ParagraphFindings check(long paragraphId, int revision, String source, String corrected) {
        var input = new CheckInput(source, corrected, glossary.entries());
        List<Finding> findings = new ArrayList<>(QaChecks.run(QaChecks.STANDARD, input));
        LanguageToolCheck lt = languageTool.await(waitSeconds);
        if (lt != null) {
            findings.addAll(lt.check(input));
            findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::severity));
        }
        return new ParagraphFindings(paragraphId, revision, List.copyOf(findings), lt != null);
    }
}
