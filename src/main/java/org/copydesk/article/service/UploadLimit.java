package org.copydesk.article.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.copydesk.article.reader.ImportProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one article size limit, for every way in (REST body, REST multipart, the UI's upload): reads an upload only
 * up to the limit while it streams in, so a 60 MB body is refused after 10 MB are read rather than held in memory
 * whole.
 */
@Component
public class UploadLimit {

    private final long maxBytes;

    public UploadLimit(@Value("${copydesk.import.max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Whether a declared length is already over the limit, so the body need not be read at all. */
    public boolean exceeds(@Nullable Long declaredLength) {
        return declaredLength != null && declaredLength > maxBytes;
    }

    /** The whole body, or empty when it is longer than the limit (then at most one byte more than it was read). */
    public Optional<byte[]> read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    public ImportResult.Rejected tooLarge() {
        return new ImportResult.Rejected(
                ImportProblem.TOO_LARGE,
                "The article is larger than " + DataSize.ofBytes(maxBytes).toMegabytes()
                        + " MB, the most Copydesk imports in one file.");
    }
}
