package org.copydesk.export.writer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an export needs of an article: its title, byline, languages, whether it is approved, and its paragraphs in
 * order. {@code exportedBy} and {@code exportedAt} go into the file's metadata.
 */
public record ExportArticle(
        long id,
        String title,
        @Nullable String byline,
        String sourceLanguage,
        String targetLanguage,
        boolean approved,
        String exportedBy,
        Instant exportedAt,
        List<ExportParagraph> paragraphs) {

    public ExportArticle {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Clean copy of an article that is not approved is a draft, and says so. */
    public boolean draft() {
        return !approved;
    }

    /** The paragraphs that make clean copy: all but boilerplate, unless boilerplate is asked for. */
    public List<ExportParagraph> cleanCopy(ExportOptions options) {
        return paragraphs.stream()
                .filter(p -> options.includeBoilerplate() || p.kind() != ExportParagraph.Kind.BOILERPLATE)
                .toList();
    }
}
