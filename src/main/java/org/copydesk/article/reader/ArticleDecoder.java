package org.copydesk.article.reader;

import java.util.Optional;

/**
 * Turns uploaded bytes into text, checking the cheapest things first: the size is known before a single byte is
 * looked at, so an oversized upload costs nothing to refuse.
 */
final class ArticleDecoder {

    private final int maxBytes;

    ArticleDecoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    Decoding decode(byte[] bytes) {
        Optional<Decoding.Failed> sizeProblem = sizeProblem(bytes);
        if (sizeProblem.isPresent()) {
            return sizeProblem.get();
        }
        Optional<Decoding.Failed> notText = BinarySniffer.problemWith(bytes);
        if (notText.isPresent()) {
            return notText.get();
        }
        return StrictUtf8.decode(bytes);
    }

    /** Whether the file is empty or over the size limit: what every format checks first, text or not. */
    Optional<Decoding.Failed> sizeProblem(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(new Decoding.Failed(ImportProblem.EMPTY, "The file is empty."));
        }
        if (bytes.length > maxBytes) {
            return Optional.of(new Decoding.Failed(
                    ImportProblem.TOO_LARGE,
                    "The file is " + Wording.size(bytes.length) + "; an article may be at most "
                            + Wording.size(maxBytes) + "."));
        }
        return Optional.empty();
    }
}
