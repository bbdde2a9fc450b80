package org.copydesk.export.writer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.copydesk.export.writer.ExportParagraph.Kind;
import org.copydesk.export.writer.ExportParagraph.Status;

/** Articles for the writer tests, with every kind, status and the text that markup formats must escape. */
final class SampleArticles {

    static final Instant CHANGED = Instant.parse("2026-11-20T09:30:00Z");
    static final Instant APPROVED = Instant.parse("2026-11-21T14:00:00Z");
    static final Instant EXPORTED = Instant.parse("2026-11-29T08:00:00Z");

    /** Paragraph texts that are markup in one format or another; each must come back as text. */
    static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script> & friends",
            "Data ]]> ends a CDATA section & <b>bold</b> is not bold",
            "AT&T &amp; &lt; \"quotes\" 'apostrophes'",
            "# not a heading * not a list _not emphasis_ [not](a link) `not code` \\ backslash",
            "1. not a list item\n- nor this\n> nor a quote");

    private SampleArticles() {}

    static ExportArticle approved() {
        return article(true);
    }

    static ExportArticle draft() {
        return article(false);
    }

    private static ExportArticle article(boolean approved) {
        return article(approved, Map.of());
    }

    private static ExportArticle article(boolean approved, Map<Integer, List<ExportComment>> comments) {
        List<ExportParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(paragraph(
                0,
                Kind.BODY,
                null,
                "Rice prises rose inChina on Monday.",
                "Rice prices rose in China on Monday.",
                approved));
        paragraphs.add(paragraph(1, Kind.HEADING, 2, "Markets react", "Markets react", approved));
        paragraphs.add(paragraph(
                2,
                Kind.BODY,
                null,
                "‘I’ m worried,” said a trader — quietly.",
                "“I’m worried,” said a trader — quietly.",
                approved));
        paragraphs.add(paragraph(
                3, Kind.HEADING, 3, "What the <em>numbers</em> say", "What the <em>numbers</em> say & why", approved));
        for (String hostile : HOSTILE) {
            paragraphs.add(paragraph(paragraphs.size(), Kind.BODY, null, hostile, hostile + " (checked)", approved));
        }
        paragraphs.add(paragraph(
                paragraphs.size(), Kind.HEADING, null, "A plain-text heading", "A plain-text heading", approved));
        paragraphs.add(paragraph(
                paragraphs.size(),
                Kind.BODY,
                null,
                "First line\nsecond line of one paragraph.",
                "First line\nsecond line of one paragraph.",
                approved));
        paragraphs.add(paragraph(
                paragraphs.size(),
                Kind.BOILERPLATE,
                null,
                "The post Rice appeared first on Radio Free Asia.",
                "The post Rice appeared first on Radio Free Asia.",
                approved));
        paragraphs.replaceAll(p -> withComments(p, comments.getOrDefault(p.position(), List.of())));
        return new ExportArticle(
                42,
                "Rice & “prices” <rise> in Asia",
                "By Jane O’Reporter",
                "en",
                "en",
                approved,
                "desk",
                EXPORTED,
                paragraphs);
    }

    /** Comment texts that are markup in XML; each must come back as text. */
    static final List<String> HOSTILE_COMMENTS = List.of(
            "<script>alert('c')</script> & <b>not bold</b>", "Ends ]]> a CDATA section", "AT&T &amp; \"q\" 'a'");

    /**
     * The approved article with comment threads: the first paragraph has an open thread with replies whose texts
     * are markup-like, the third a resolved thread with a reply, an edited comment and a line break.
     */
    static ExportArticle withComments() {
        return article(
                true,
                Map.of(
                        0,
                        List.of(
                                comment(11, null, "reviewer", "Is “prices” right here?", null, false, null, null),
                                comment(12, 11L, "editor", HOSTILE_COMMENTS.get(0), null, false, null, null),
                                comment(13, 11L, "reviewer", HOSTILE_COMMENTS.get(1), null, false, null, null),
                                comment(14, null, "admin", HOSTILE_COMMENTS.get(2), null, false, null, null)),
                        2,
                        List.of(
                                comment(
                                        21,
                                        null,
                                        "editor",
                                        "Quote checked\nagainst the recording.",
                                        CHANGED,
                                        true,
                                        "reviewer",
                                        APPROVED),
                                comment(22, 21L, "reviewer", "Agreed.", null, true, null, null))));
    }

    private static ExportParagraph withComments(ExportParagraph p, List<ExportComment> comments) {
        return new ExportParagraph(
                p.position(),
                p.kind(),
                p.headingLevel(),
                p.sourceText(),
                p.correctedText(),
                p.status(),
                p.lastChangedBy(),
                p.lastChangedAt(),
                p.approvedBy(),
                p.approvedAt(),
                comments);
    }

    private static ExportComment comment(
            long id,
            Long replyTo,
            String author,
            String text,
            Instant editedAt,
            boolean resolved,
            String resolvedBy,
            Instant resolvedAt) {
        return new ExportComment(
                id, replyTo, author, text, CHANGED.minusSeconds(3600 - id), editedAt, resolved, resolvedBy, resolvedAt);
    }

    static ExportParagraph paragraph(
            int position, Kind kind, Integer level, String source, String corrected, boolean approved) {
        Status status = approved ? Status.APPROVED : source.equals(corrected) ? Status.UNTOUCHED : Status.EDITED;
        return new ExportParagraph(
                position,
                kind,
                level,
                source,
                corrected,
                status,
                "editor",
                CHANGED,
                approved ? "reviewer" : null,
                approved ? APPROVED : null,
                List.of());
    }

    /** A random article for property-style tests: words, punctuation and markup characters, seeded. */
    static ExportArticle random(long seed) {
        Random random = new Random(seed);
        List<ExportParagraph> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            boolean heading = random.nextInt(5) == 0;
            String source = sentence(random, heading ? 4 : 25);
            String corrected = random.nextBoolean() ? source : sentence(random, heading ? 4 : 25);
            paragraphs.add(paragraph(
                    i,
                    heading ? Kind.HEADING : Kind.BODY,
                    heading ? 1 + random.nextInt(6) : null,
                    source,
                    corrected,
                    random.nextBoolean()));
        }
        return new ExportArticle(seed, sentence(random, 6), null, "en", "en", true, "desk", EXPORTED, paragraphs);
    }

    private static final String[] PIECES = {
        "the",
        "rice",
        "price",
        "inChina",
        "60-",
        "day",
        "‘I’",
        "m",
        "“quoted”",
        "—",
        "&",
        "<",
        ">",
        "]]>",
        "<script>",
        "*",
        "_",
        "#",
        "[x]",
        "(y)",
        "`",
        "\\",
        "!",
        "|",
        "~",
        "1.",
        "2)",
        "-",
        "+",
        "=",
        "é",
        "ß",
        "Ω",
        "€",
        "日本",
        "'",
        "\"",
        ";",
        ":",
        "%",
        "$",
        "@",
        "{",
        "}",
        "^",
        "..."
    };

    static String sentence(Random random, int maxWords) {
        int words = 1 + random.nextInt(maxWords);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(random.nextInt(12) == 0 ? "\n" : " ");
            }
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
