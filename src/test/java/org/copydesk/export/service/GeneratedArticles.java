package org.copydesk.export.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportParagraph;

/** News-like articles made up from a seed, for the batch memory test and the export benchmark. */
public final class GeneratedArticles {

    private static final String[] WORDS = {
        "the",
        "rice",
        "prices",
        "rose",
        "in",
        "China",
        "on",
        "Monday",
        "traders",
        "said",
        "market",
        "North",
        "Korean",
        "workers",
        "border",
        "visa",
        "officials",
        "“quoted”",
        "—",
        "government",
        "reported",
        "week",
        "after",
        "before",
        "licences",
        "stranded",
        "60-day",
        "Sinuiju",
        "factory",
        "wages",
        "&",
        "<b>",
        "]]>",
        "écrit",
        "Zürich",
        "€5"
    };
    private static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");

    private GeneratedArticles() {}

    /** Article {@code n}: about 30 paragraphs of 40 to 80 words, a heading every few, half of them edited. */
    public static ExportArticle article(long n, boolean approved) {
        Random random = new Random(n);
        List<ExportParagraph> paragraphs = new ArrayList<>();
        int count = 25 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            boolean heading = i > 0 && i % 6 == 0;
            String source = words(random, heading ? 5 : 40 + random.nextInt(40));
            String corrected = random.nextBoolean()
                    ? source
                    : source.replace(" the ", " a ").replace("rose", "climbed");
            paragraphs.add(new ExportParagraph(
                    i,
                    heading ? ExportParagraph.Kind.HEADING : ExportParagraph.Kind.BODY,
                    heading ? 2 : null,
                    source,
                    corrected,
                    approved ? ExportParagraph.Status.APPROVED : ExportParagraph.Status.EDITED,
                    "editor",
                    AT,
                    approved ? "reviewer" : null,
                    approved ? AT : null,
                    List.of()));
        }
        return new ExportArticle(
                n,
                "Article " + n + ": " + words(random, 8),
                "By Jane Doe",
                "en",
                "en",
                approved,
                "bench",
                AT,
                paragraphs);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
