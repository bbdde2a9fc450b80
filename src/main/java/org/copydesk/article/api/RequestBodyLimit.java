package org.copydesk.article.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.copydesk.article.reader.ImportProblem;
import org.copydesk.article.service.ImportResult;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads an upload only up to the article size limit, so a 50 MB body is refused after 10 MB are read rather than
 * held in memory whole.
 */
@Component
class RequestBodyLimit {

    private final long maxBytes;

    RequestBodyLimit(@Value("${copydesk.import.max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    /** Whether a declared length is already over the limit, so the body need not be read at all. */
    boolean exceeds(@Nullable Long declaredLength) {
        return declaredLength != null && declaredLength > maxBytes;
    }

    /** The whole body, or empty when it is longer than the limit. */
    Optional<byte[]> read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    ImportResult.Rejected tooLarge() {
        return new ImportResult.Rejected(
                ImportProblem.TOO_LARGE,
                "The article is larger than " + DataSize.ofBytes(maxBytes).toMegabytes()
                        + " MB, the most Copydesk imports in one file.");
    }
}
