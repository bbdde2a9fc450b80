package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;

/** Real inputs for the reader tests and short ways to read them. */
final class TestArticles {

    static final Path SEED = Path.of("seeds/000_58c0262a177e068d.txt");

    private static final ArticleReaders READERS = new ArticleReaders();

    private TestArticles() {}

    static byte[] seed() {
        try {
            return Files.readAllBytes(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seedText() {
        return new String(seed(), StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in =
                Objects.requireNonNull(TestArticles.class.getResourceAsStream("/articles/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(byte[] bytes, ArticleFormat format) {
        return READERS.read(bytes, format);
    }

    static ReadResult read(String text, ArticleFormat format) {
        return read(text.getBytes(StandardCharsets.UTF_8), format);
    }

    /** Reads text that must be accepted, and returns the article. */
    static ParsedArticle accepted(String text, ArticleFormat format) {
        return accepted(text.getBytes(StandardCharsets.UTF_8), format);
    }

    static ParsedArticle accepted(byte[] bytes, ArticleFormat format) {
        ReadResult result = read(bytes, format);
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) result).article();
    }

    static ReadResult.Rejected rejected(byte[] bytes, ArticleFormat format) {
        ReadResult result = read(bytes, format);
        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        return (ReadResult.Rejected) result;
    }

    static List<String> textsOf(ParsedArticle article, ParagraphKind kind) {
        return article.blocks().stream()
                .filter(b -> b.kind() == kind)
                .map(ParsedBlock::text)
                .toList();
    }

    static List<ParagraphKind> kindsOf(ParsedArticle article) {
        return article.blocks().stream().map(ParsedBlock::kind).toList();
    }
}
