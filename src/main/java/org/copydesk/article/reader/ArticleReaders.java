package org.copydesk.article.reader;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.article.ArticleFormat;

/**
 * The import pipeline's entry point: decodes an uploaded file, checks it, evens out line endings and hands it to
 * the reader for its format; a binary document (Word) goes to its document reader instead, after the size check.
 * Thread-safe; one instance can serve every import.
 */
public final class ArticleReaders {

    private final ImportLimits limits;
    private final ArticleDecoder decoder;
    private final Map<ArticleFormat, ArticleReader> readers = new EnumMap<>(ArticleFormat.class);
    private final Map<ArticleFormat, DocumentReader> documentReaders = new EnumMap<>(ArticleFormat.class);

    public ArticleReaders() {
        this(ImportLimits.DEFAULT);
    }

    public ArticleReaders(ImportLimits limits) {
        this(
                limits,
                List.of(new PlainTextArticleReader(), new MarkdownArticleReader(), new HtmlArticleReader()),
                List.of(new DocxArticleReader(limits)));
    }

    public ArticleReaders(ImportLimits limits, List<ArticleReader> readers, List<DocumentReader> documentReaders) {
        this.limits = limits;
        this.decoder = new ArticleDecoder(limits.maxBytes());
        readers.forEach(reader -> this.readers.put(reader.format(), reader));
        documentReaders.forEach(reader -> this.documentReaders.put(reader.format(), reader));
        if (this.readers.size() + this.documentReaders.size() < ArticleFormat.values().length) {
            throw new IllegalArgumentException("Every format needs a reader; got " + this.readers.keySet() + " and "
                    + this.documentReaders.keySet());
        }
    }

    /**
     * Reads {@code bytes} as an article in {@code format}. Never throws for any content: a file that cannot be an
     * article comes back as {@link ReadResult.Rejected} with the problem and a message for the uploader.
     */
    public ReadResult read(byte[] bytes, ArticleFormat format) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        DocumentReader documentReader = documentReaders.get(format);
        if (documentReader != null) {
            return readDocument(bytes, documentReader);
        }
        return switch (decoder.decode(bytes)) {
            case Decoding.Failed(ReadResult.Rejected rejection) -> rejection;
            case Decoding.Text(String text) -> readText(text, readers.get(format));
        };
    }

    private ReadResult readDocument(byte[] bytes, DocumentReader reader) {
        Optional<Decoding.Failed> sizeProblem = decoder.sizeProblem(bytes);
        if (sizeProblem.isPresent()) {
            return sizeProblem.get().rejection();
        }
        return switch (reader.read(bytes)) {
            case ReadResult.Rejected rejected -> rejected;
            case ReadResult.Read read ->
                ArticleCheck.problemWith(read.article(), limits.maxParagraphs())
                        .<ReadResult>map(rejection -> rejection)
                        .orElse(read);
        };
    }

    private ReadResult readText(String decoded, ArticleReader reader) {
        String text = TextNormaliser.unifyLineEndings(decoded);
        Optional<ReadResult.Rejected> tooLong = TextNormaliser.firstLineTooLong(text, limits.maxLineLength());
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        Optional<ReadResult.Rejected> control = TextNormaliser.firstForbiddenCharacter(text);
        if (control.isPresent()) {
            return control.get();
        }
        String normalised = TextNormaliser.tidyBlankLines(text);
        if (normalised.isEmpty()) {
            return new ReadResult.Rejected(ImportProblem.EMPTY, "The file holds nothing but blank lines and spaces.");
        }
        ParsedArticle article = reader.read(normalised);
        return ArticleCheck.problemWith(article, limits.maxParagraphs())
                .<ReadResult>map(rejection -> rejection)
                .orElseGet(() -> new ReadResult.Read(article, normalised));
    }
}
