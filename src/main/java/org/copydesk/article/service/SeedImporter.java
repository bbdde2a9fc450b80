package org.copydesk.article.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.article.ArticleFormat;
import org.copydesk.base.BeforeServingTask;
import org.copydesk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports every article in the seeds folder at startup. Importing is idempotent, so a restart finds the articles
 * already there and stores nothing twice.
 */
@Component
class SeedImporter extends BeforeServingTask {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final ArticleImportService importer;
    private final Path folder;
    private final boolean enabled;

    SeedImporter(
            ArticleImportService importer,
            @Value("${copydesk.seeds.dir:seeds}") Path folder,
            @Value("${copydesk.seeds.enabled:true}") boolean enabled) {
        this.importer = importer;
        this.folder = folder;
        this.enabled = enabled;
    }

    /** After the accounts exist; both before the web server starts. */
    @Override
    public int getPhase() {
        return 10;
    }

    @Override
    protected void runBeforeServing() {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            log.info("No seeds folder at {}; no articles imported at startup.", folder.toAbsolutePath());
            return;
        }
        for (Path file : articleFiles()) {
            ArticleFormat.fromFileName(file.getFileName().toString()).ifPresent(format -> importSeed(file, format));
        }
    }

    private List<Path> articleFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seeds folder " + folder.toAbsolutePath(), e);
        }
    }

    private void importSeed(Path file, ArticleFormat format) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            log.warn("Seed {} could not be read: {}", file, e.getMessage());
            return;
        }
        switch (SystemActor.call(() -> importer.importArticle(content, format))) {
            case ImportResult.Imported i ->
                log.info(
                        "Seed {} imported as article {} ({} paragraphs).",
                        file.getFileName(),
                        i.articleId(),
                        i.paragraphCount());
            case ImportResult.AlreadyImported a ->
                log.debug("Seed {} is already article {}.", file.getFileName(), a.articleId());
            case ImportResult.Rejected r -> log.warn("Seed {} was not imported: {}", file.getFileName(), r.message());
        }
    }
}
