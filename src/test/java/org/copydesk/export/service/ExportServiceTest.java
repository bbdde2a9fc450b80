package org.copydesk.export.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.copydesk.test_support.Articles.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.comment.service.CommentResult;
import org.copydesk.comment.service.CommentService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.export.ArticleExported;
import org.copydesk.export.writer.ExportComment;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;
import org.copydesk.export.writer.XliffComments;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Exports of stored articles, read back with real readers and compared with what the database holds. */
@CopydeskContext
@RecordApplicationEvents
class ExportServiceTest {

    @Autowired
    ExportService exports;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommentService comments;

    @Autowired
    ApplicationEvents events;

    long articleId;

    @BeforeEach
    void anEditedArticle() {
        articleId = ExportFixtures.imported(
                importer,
                "# Rice Prices <Rise> & Fall " + System.nanoTime()
                        + "\n\n*By Jane Doe*\n\nPrices rose inChina on Monday.\n\n"
                        + "## Markets & <script>alert(1)</script>\n\nTraders ]]> waited.\n\n### Outlook\n\nMore to come.\n",
                ArticleFormat.MARKDOWN);
        ParagraphRow first = detail().paragraphs().getFirst();
        AsUser.editor(() -> editing.save(first.id(), "Prices rose in China on Monday.", first.revision()));
    }

    @Test
    void markdown_headings_are_stored_with_their_level() {
        assertThat(detail().paragraphs())
                .filteredOn(p -> p.kind() == ParagraphKind.HEADING)
                .extracting(ParagraphRow::headingLevel)
                .containsExactly(2, 3);
    }

    @Test
    void an_editor_may_not_export_unapproved_clean_copy_but_bilingual_and_redline_at_any_status() {
        for (ExportFormat format : ExportFormat.values()) {
            ExportResult result = AsUser.editor(() -> exports.export(articleId, format, ExportOptions.DEFAULT));
            if (format.isCleanCopy()) {
                assertThat(result).as(format.code()).isInstanceOf(ExportResult.NotAllowed.class);
            } else {
                assertThat(result).as(format.code()).isInstanceOf(ExportResult.Exported.class);
            }
        }
    }

    @Test
    void an_admin_may_export_unapproved_clean_copy_and_it_says_draft() throws IOException {
        var result = (ExportResult.Exported)
                admin(() -> exports.export(articleId, ExportFormat.DOCX, ExportOptions.DEFAULT));
        assertThat(result.draft()).isTrue();
        try (var docx = new XWPFDocument(new ByteArrayInputStream(result.content()))) {
            assertThat(docx.getProperties().getCoreProperties().getKeywords()).isEqualTo("DRAFT");
        }
    }

    @Test
    void approved_clean_copy_read_back_with_real_readers_matches_the_database() throws Exception {
        ExportFixtures.approveAll(jdbc, articleId);
        ArticleDetail stored = detail();
        List<String> texts = stored.paragraphs().stream()
                .filter(p -> p.kind() != ParagraphKind.BOILERPLATE)
                .map(ParagraphRow::correctedText)
                .toList();
        assertThat(texts).contains("Prices rose in China on Monday.");

        try (var docx = new XWPFDocument(new ByteArrayInputStream(editorExport(ExportFormat.DOCX)))) {
            List<String> paragraphs =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.subList(2, paragraphs.size())).containsExactlyElementsOf(texts);
            assertThat(paragraphs.getFirst()).isEqualTo(stored.title());
        }
        var html = Jsoup.parse(new String(editorExport(ExportFormat.HTML), StandardCharsets.UTF_8));
        assertThat(html.select("article > :not(header)").eachText()).containsExactlyElementsOf(texts);
        try (var pdf = Loader.loadPDF(editorExport(ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(texts).allMatch(text::contains);
        }
        String txt = new String(editorExport(ExportFormat.TXT), StandardCharsets.UTF_8);
        assertThat(txt.strip().split("\n\n")).containsSubsequence(texts.toArray(String[]::new));
    }

    @Test
    void every_export_publishes_who_exported_which_article_in_which_format() {
        AsUser.editor(() -> exports.export(articleId, ExportFormat.XLIFF, ExportOptions.DEFAULT));
        admin(() -> exports.export(articleId, ExportFormat.PDF, ExportOptions.DEFAULT));
        AsUser.editor(() -> exports.export(articleId, ExportFormat.TXT, ExportOptions.DEFAULT));

        assertThat(events.stream(ArticleExported.class).filter(e -> e.articleId() == articleId))
                .extracting(ArticleExported::format, ArticleExported::exportedBy, ArticleExported::draft)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("xliff", "editor", false),
                        org.assertj.core.groups.Tuple.tuple("pdf", "admin", true));
    }

    @Test
    void the_xliff_carries_each_paragraphs_comment_threads_as_notes() throws Exception {
        ParagraphRow first = detail().paragraphs().getFirst();
        var opened = (CommentResult.Done)
                AsUser.reviewer(() -> comments.post(first.id(), "Is <b>inChina</b> & ]]> fixed?", null));
        long threadId = opened.comment().id();
        AsUser.editor(() -> comments.post(first.id(), "Yes, @reviewer.", threadId));
        AsUser.reviewer(() -> comments.resolve(threadId));

        Map<String, List<ExportComment>> notes = XliffComments.read(editorExport(ExportFormat.XLIFF));

        assertThat(notes.get("p" + first.position()))
                .extracting(
                        ExportComment::id,
                        ExportComment::author,
                        ExportComment::text,
                        ExportComment::replyTo,
                        ExportComment::resolved,
                        ExportComment::resolvedBy)
                .containsExactly(
                        tuple(threadId, "reviewer", "Is <b>inChina</b> & ]]> fixed?", null, true, "reviewer"),
                        tuple(threadId + 1, "editor", "Yes, @reviewer.", threadId, true, null));
        assertThat(notes).hasSize(detail().paragraphs().size());
        assertThat(notes.values().stream().mapToInt(List::size).sum()).isEqualTo(2);
    }

    @Test
    void an_unknown_article_is_not_found() {
        assertThat(AsUser.editor(() -> exports.export(-1, ExportFormat.TXT, ExportOptions.DEFAULT)))
                .isEqualTo(new ExportResult.NotFound(-1));
    }

    @Test
    void a_batch_zip_holds_each_allowed_file_and_a_manifest_with_hashes_and_reasons() throws Exception {
        long approved = ExportFixtures.imported(
                importer, article("Approved batch").paragraphs(3).text(), ArticleFormat.PLAIN_TEXT);
        ExportFixtures.approveAll(jdbc, approved);
        var request = new BatchRequest(
                List.of(approved, articleId, -7L, approved),
                Set.of(ExportFormat.TXT, ExportFormat.XLIFF),
                ExportOptions.DEFAULT);
        var zip = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        BatchSummary summary = AsUser.editor(() -> {
            try {
                return exports.exportBatch(request, zip, (done, all) -> progress.add(done));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(summary).isEqualTo(new BatchSummary(3, 3, 2));
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(entries.keySet())
                .containsExactly(
                        "txt/approved-batch-" + title(approved).substring("Approved batch ".length()) + "-" + approved
                                + ".txt",
                        "xliff/approved-batch-" + title(approved).substring("Approved batch ".length()) + "-" + approved
                                + ".xlf",
                        entries.keySet().stream()
                                .filter(n -> n.startsWith("xliff/rice"))
                                .findFirst()
                                .orElseThrow(),
                        "manifest.csv");
        List<String> manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(manifest.getFirst()).isEqualTo("article_id,title,status,format,file,sha256,bytes,note");
        assertThat(manifest).hasSize(1 + 3 + 2);
        for (String row : manifest.subList(1, manifest.size())) {
            String[] cells = row.split(",");
            if (!cells[4].isEmpty()) {
                assertThat(cells[5]).isEqualTo(sha256(entries.get(cells[4])));
                assertThat(Long.parseLong(cells[6])).isEqualTo(entries.get(cells[4]).length);
            }
        }
        assertThat(manifest)
                .anyMatch(row ->
                        row.startsWith(articleId + ",") && row.contains(",txt,,,,") && row.contains("not approved"));
        assertThat(manifest).anyMatch(row -> row.startsWith("-7,") && row.endsWith("No article has this id."));
    }

    private byte[] editorExport(ExportFormat format) {
        var result = AsUser.editor(() -> exports.export(articleId, format, ExportOptions.DEFAULT));
        assertThat(result).as(format.code()).isInstanceOf(ExportResult.Exported.class);
        return ((ExportResult.Exported) result).content();
    }

    private ArticleDetail detail() {
        return AsUser.editor(() -> articles.find(articleId)).orElseThrow();
    }

    private String title(long id) {
        return AsUser.editor(() -> articles.find(id)).orElseThrow().title().toLowerCase();
    }

    private static <T> T admin(java.util.function.Supplier<T> work) {
        return AsUser.call("admin", work, Role.ADMIN);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
