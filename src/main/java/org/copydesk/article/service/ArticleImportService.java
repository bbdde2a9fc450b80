package org.copydesk.article.service;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ArticleImported;
import org.copydesk.article.domain.Article;
import org.copydesk.article.domain.ArticleRepository;
import org.copydesk.article.domain.Paragraph;
import org.copydesk.article.domain.ParagraphRepository;
import org.copydesk.article.reader.ArticleReaders;
import org.copydesk.article.reader.ParsedArticle;
import org.copydesk.article.reader.ParsedBlock;
import org.copydesk.article.reader.ReadResult;
import org.copydesk.base.Sha256;
import org.copydesk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Turns uploaded bytes into a stored article: all of it in one transaction, and each content only once. */
@Service
public class ArticleImportService {

    private final ArticleReaders readers;
    private final ArticleRepository articles;
    private final ParagraphRepository paragraphs;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DataSize maxSize;

    ArticleImportService(
            ArticleReaders readers,
            ArticleRepository articles,
            ParagraphRepository paragraphs,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock,
            @Value("${copydesk.import.max-size:10MB}") DataSize maxSize) {
        this.readers = readers;
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The largest article file accepted, so upload widgets can refuse bigger files before sending them. */
    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Reads and stores an article. Bad input is rejected with nothing stored; content that was imported before
     * (same text after line-ending normalisation) returns the existing article instead of a copy.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public ImportResult importArticle(byte[] content, ArticleFormat format) {
        return switch (readers.read(content, format)) {
            case ReadResult.Rejected rejected -> new ImportResult.Rejected(rejected.problem(), rejected.message());
            case ReadResult.Read read -> store(read.article(), format, Sha256.hex(read.normalisedText()));
        };
    }

    private ImportResult store(ParsedArticle parsed, ArticleFormat format, String contentHash) {
        serialiseImportsOf(contentHash);
        var existing = articles.findByContentHash(contentHash);
        if (existing.isPresent()) {
            return new ImportResult.AlreadyImported(
                    existing.get().getId(), existing.get().getTitle());
        }
        String author = CurrentUser.username();
        Instant now = clock.instant();
        var unsaved = new Article(parsed.title(), parsed.byline(), format, contentHash, author, now);
        List<ParsedBlock> blocks = parsed.blocks();
        blocks.forEach(block -> unsaved.countImported(block.kind()));
        Article article = articles.save(unsaved);
        List<Paragraph> stored = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ParsedBlock block = blocks.get(i);
            stored.add(Paragraph.imported(
                    article.getId(), i, block.kind(), block.headingLevel(), block.text(), author, now));
        }
        paragraphs.saveAll(stored);
        events.publishEvent(new ArticleImported(
                article.getId(),
                stored.stream()
                        .map(p -> new ArticleImported.ImportedParagraph(p.getId(), p.getSourceText()))
                        .toList(),
                author,
                now));
        return new ImportResult.Imported(article.getId(), article.getTitle(), stored.size());
    }

    /** Two simultaneous imports of the same text would both find nothing and both insert; one waits instead. */
    private void serialiseImportsOf(String contentHash) {
        long key = ByteBuffer.wrap(HexFormat.of().parseHex(contentHash, 0, 16)).getLong();
        entityManager
                .createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", key)
                .getSingleResult();
    }
}
