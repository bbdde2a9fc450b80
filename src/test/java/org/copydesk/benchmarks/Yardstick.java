package org.copydesk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.suggest.engine.Confidence;
import org.copydesk.suggest.engine.MechanicalRepairs;
import org.copydesk.suggest.engine.SpinnerTable;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.copydesk.suggest.engine.Suggestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The unspin yardstick: for every {@code NN-spun.txt} / {@code NN-original.txt} pair of a folder, the token edit
 * distance to the original before and after applying only the confident suggestions (words and punctuation; curly
 * quotes and dashes normalised), and for each confident suggestion alone whether it brought the text closer.
 *
 * <p>Run with {@code benchmarks/yardstick.sh FOLDER} (the engine with general knowledge only: mechanical repairs
 * and the spinner table) or {@code benchmarks/yardstick.sh FOLDER --url http://127.0.0.1:8080 --user editor:editor
 * [--teach TEACH_FOLDER --admin admin:admin]} (the running application's REST API, after teaching it the pairs of
 * TEACH_FOLDER through {@code /api/v1/learning/pairs}).
 */
public final class Yardstick {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

    /** Scores of one pair. */
    record Score(String name, int tokens, int before, int after, int confident, int helped, int hurt) {}

    interface Suggester {
        List<Suggestion> suggest(String text) throws IOException, InterruptedException;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String url = option(args, "--url");
        Suggester suggester;
        if (url == null) {
            var engine =
                    new SuggestionEngine(List.of(new MechanicalRepairs(), SpinnerTable.source(SpinnerTable.load())));
            suggester = engine::suggest;
        } else {
            String teach = option(args, "--teach");
            if (teach != null) {
                teach(url, option(args, "--admin", "admin:admin"), Path.of(teach));
            }
            suggester = rest(url, option(args, "--user", "editor:editor"));
        }
        List<Score> scores = new ArrayList<>();
        for (String name : pairNames(folder)) {
            String spun = Files.readString(folder.resolve(name + "-spun.txt"));
            String original = Files.readString(folder.resolve(name + "-original.txt"));
            scores.add(score(name, spun, original, suggester.suggest(spun)));
        }
        print(folder, scores);
    }

    static Score score(String name, String spun, String original, List<Suggestion> suggestions) {
        List<String> target = tokens(original);
        int before = distance(tokens(spun), target);
        List<Suggestion> confident = suggestions.stream()
                .filter(s -> s.confidence() == Confidence.CONFIDENT)
                .toList();
        int after = distance(tokens(Suggestions.apply(spun, confident)), target);
        int helped = 0;
        int hurt = 0;
        for (Suggestion s : confident) {
            int alone = distance(tokens(Suggestions.apply(spun, List.of(s))), target);
            if (alone < before) {
                helped++;
            } else {
                if (alone > before) {
                    hurt++;
                }
                if (System.getenv("YARDSTICK_VERBOSE") != null) {
                    System.out.println(name + ": " + (alone > before ? "hurt" : "neutral") + " [" + s.original()
                            + "] -> [" + s.replacement() + "] " + s.source());
                }
            }
        }
        return new Score(name, target.size(), before, after, confident.size(), helped, hurt);
    }

    static List<String> tokens(String text) {
        String normal = text.replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replace('–', '-')
                .replace('—', '-');
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(normal);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Levenshtein distance over tokens, two rows. */
    static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            String x = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                int substitution = previous[j - 1] + (x.equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }

    private static void print(Path folder, List<Score> scores) {
        System.out.println("Yardstick on " + folder + " (" + scores.size() + " pairs)");
        System.out.println();
        System.out.println("| pair | tokens | distance before | after | reduction | confident | helped | hurt |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        int tokens = 0;
        int before = 0;
        int after = 0;
        int confident = 0;
        int helped = 0;
        int hurt = 0;
        for (Score s : scores) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %s | %d | %d | %d |%n",
                    s.name(),
                    s.tokens(),
                    s.before(),
                    s.after(),
                    percent(s.before() - s.after(), s.before()),
                    s.confident(),
                    s.helped(),
                    s.hurt());
            tokens += s.tokens();
            before += s.before();
            after += s.after();
            confident += s.confident();
            helped += s.helped();
            hurt += s.hurt();
        }
        System.out.printf(
                Locale.ROOT,
                "| **all** | %d | %d | %d | **%s** | %d | %d | %d |%n",
                tokens,
                before,
                after,
                percent(before - after, before),
                confident,
                helped,
                hurt);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Distance reduced by %s; %s of confident suggestions helped (%d of %d), %d hurt;"
                        + " change in distance as a share of tokens: %s%n",
                percent(before - after, before),
                percent(helped, confident),
                helped,
                confident,
                hurt,
                percent(after - before, tokens));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static List<String> pairNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("-spun.txt"))
                    .map(n -> n.substring(0, n.length() - "-spun.txt".length()))
                    .filter(n -> Files.exists(folder.resolve(n + "-original.txt")))
                    .sorted()
                    .toList();
        }
    }

    private static Suggester rest(String url, String user) {
        var http = HttpClient.newHttpClient();
        var json = new ObjectMapper();
        return text -> {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/v1/suggestions"))
                            .header("Authorization", basic(user))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("suggestions answered " + response.statusCode() + ": " + response.body());
            }
            List<Suggestion> out = new ArrayList<>();
            for (JsonNode s : json.readTree(response.body())) {
                out.add(new Suggestion(
                        s.get("start").asInt(),
                        s.get("end").asInt(),
                        s.get("original").asString(),
                        s.get("replacement").asString(),
                        Confidence.valueOf(s.get("confidence").asString().toUpperCase(Locale.ROOT)),
                        s.get("reason").asString(),
                        s.get("source").asString()));
            }
            return out;
        };
    }

    private static void teach(String url, String admin, Path folder) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        var json = new ObjectMapper();
        for (String name : pairNames(folder)) {
            var body = json.createObjectNode();
            body.put("spun", Files.readString(folder.resolve(name + "-spun.txt")));
            body.put("original", Files.readString(folder.resolve(name + "-original.txt")));
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/v1/learning/pairs"))
                            .header("Authorization", basic(admin))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("taught " + name + ": " + response.statusCode());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static String option(String[] args, String name) {
        return option(args, name, null);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
