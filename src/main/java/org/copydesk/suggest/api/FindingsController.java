package org.copydesk.suggest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.suggest.service.FindingsService;
import org.copydesk.suggest.service.ParagraphFindings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Findings", description = "QA findings on a paragraph's corrected text")
class FindingsController {

    record FindingJson(String severity, String check, int start, int end, String message) {}

    record FindingsJson(
            long paragraphId,
            int revision,
            boolean blocksSubmission,
            boolean grammarChecked,
            List<FindingJson> findings) {

        static FindingsJson of(ParagraphFindings f) {
            return new FindingsJson(
                    f.paragraphId(),
                    f.revision(),
                    f.blocksSubmission(),
                    f.grammarChecked(),
                    f.findings().stream()
                            .map(x -> new FindingJson(x.severity().code(), x.check(), x.start(), x.end(), x.message()))
                            .toList());
        }
    }

    private final FindingsService findings;

    FindingsController(FindingsService findings) {
        this.findings = findings;
    }

    @GetMapping("/api/v1/paragraphs/{id}/findings")
    @Operation(summary = "Findings on the paragraph's newest revision; errors block submitting it")
    FindingsJson findings(@PathVariable long id) {
        return findings.findings(id).map(FindingsJson::of).orElseThrow(() -> new NotFoundException("Paragraph", id));
    }
}
