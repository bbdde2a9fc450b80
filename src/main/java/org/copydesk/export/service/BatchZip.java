package org.copydesk.export.service;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.export.writer.ArticleWriters;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.FileNames;

/**
 * Writes a batch as a ZIP, one article at a time: load it, write each allowed format into its own entry while
 * hashing it, forget it, go on; the manifest comes last. Memory stays that of one article and its largest file,
 * whatever the number of articles (plus one short manifest row per file). Plain Java, so the memory bound can be
 * proved in a small JVM without the application around it.
 */
final class BatchZip {

    /** An article to export and its status word for the manifest. */
    record Loaded(ExportArticle article, String status) {}

    private final ArticleWriters writers;

    BatchZip(ArticleWriters writers) {
        this.writers = writers;
    }

    BatchSummary write(
            BatchRequest request,
            boolean admin,
            LongFunction<Optional<Loaded>> loader,
            OutputStream out,
            BiConsumer<Integer, Integer> progress,
            Consumer<Written> written)
            throws IOException {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(request.articleIds()));
        EnumSet<ExportFormat> formats = EnumSet.copyOf(request.formats());
        var names = new FileNames.Unique();
        var manifest = new Manifest();
        int files = 0;
        int skipped = 0;
        var zip = new ZipOutputStream(out);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Optional<Loaded> found = loader.apply(id);
            if (found.isEmpty()) {
                manifest.skipped(id, "", "", "", "No article has this id.");
                skipped++;
            } else {
                ExportArticle article = found.get().article();
                String status = found.get().status();
                for (ExportFormat format : formats) {
                    Optional<String> refusal = ExportRules.refusal(format, article.approved(), admin);
                    if (refusal.isPresent()) {
                        manifest.skipped(id, article.title(), status, format.code(), refusal.get());
                        skipped++;
                        continue;
                    }
                    String name = names.claim(format.code() + "/" + FileNames.of(article.title(), id, format));
                    zip.putNextEntry(new ZipEntry(name));
                    var counting = new CountingOutputStream(zip);
                    var digest = new DigestOutputStream(counting, sha256());
                    writers.of(format).write(article, request.options(), digest);
                    digest.flush();
                    zip.closeEntry();
                    manifest.file(
                            id,
                            article.title(),
                            status,
                            format.code(),
                            name,
                            HexFormat.of().formatHex(digest.getMessageDigest().digest()),
                            counting.count());
                    files++;
                    written.accept(new Written(article, format));
                }
            }
            progress.accept(i + 1, ids.size());
        }
        zip.putNextEntry(new ZipEntry(names.claim(Manifest.FILE_NAME)));
        zip.write(manifest.bytes());
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return new BatchSummary(ids.size(), files, skipped);
    }

    /** One file that went into the ZIP. */
    record Written(ExportArticle article, ExportFormat format) {}

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
