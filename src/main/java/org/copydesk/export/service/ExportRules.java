package org.copydesk.export.service;

import java.util.Optional;
import org.copydesk.export.writer.ExportFormat;

/**
 * Who may export what: clean copy is for publication, so an article that is not approved goes out as clean copy
 * only when an admin asks (and then marked DRAFT). Bilingual files and redlines are working documents, allowed
 * for any status.
 */
final class ExportRules {

    private ExportRules() {}

    static Optional<String> refusal(ExportFormat format, boolean approved, boolean admin) {
        if (format.isCleanCopy() && !approved && !admin) {
            return Optional.of("This article is not approved yet; only an admin may export it as clean copy "
                    + "(marked DRAFT). Bilingual and redline exports are allowed at any status.");
        }
        return Optional.empty();
    }
}
