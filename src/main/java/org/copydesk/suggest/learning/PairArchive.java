package org.copydesk.suggest.learning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a ZIP of reference pairs, {@code NN-spun.txt} beside {@code NN-original.txt} (folders inside the ZIP are
 * ignored, names are matched without regard to case). It never trusts what the ZIP's headers claim: it counts the
 * bytes each entry really inflates to and stops at the first limit, so a zip bomb costs a bounded read. Anything it
 * cannot use is refused as a whole, naming the file.
 */
public final class PairArchive {

    public static final int MAX_ENTRIES = 200;
    public static final long MAX_ENTRY_BYTES = 5L << 20;
    public static final long MAX_TOTAL_BYTES = 40L << 20;
    /** Plain text compresses about 3 to 10 times; a run of one byte compresses a thousand times. */
    public static final int MAX_RATIO = 100;

    private static final Pattern NAME = Pattern.compile("(?i)(.+)-(spun|original)\\.txt");

    /** One pair: its name (the {@code NN} part) and its two texts. */
    public record Pair(String name, String spun, String original) {}

    /** What the archive held: its pairs in name order, or why it was refused and which file (or "pairs") it was. */
    public sealed interface Result {
        record Pairs(List<Pair> pairs) implements Result {}

        record Refused(String file, String reason) implements Result {}
    }

    private PairArchive() {}

    public static Result read(byte[] zip) {
        Map<String, String[]> byName = new TreeMap<>();
        Map<String, String> fileNames = new TreeMap<>();
        int entries = 0;
        long total = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    return refused("pairs", "The ZIP holds more than " + MAX_ENTRIES + " files.");
                }
                String file = path.substring(path.lastIndexOf('/') + 1);
                Matcher m = NAME.matcher(file);
                if (!m.matches()) {
                    return refused(path, "Name the files NN-spun.txt and NN-original.txt; " + path + " is neither.");
                }
                var bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    bytes.write(buffer, 0, n);
                    total += n;
                    if (bytes.size() > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        return refused(
                                path,
                                path + " expands to more than "
                                        + (bytes.size() > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES : MAX_TOTAL_BYTES)
                                                / (1 << 20)
                                        + " MB" + (bytes.size() > MAX_ENTRY_BYTES ? "" : " with the files before it")
                                        + "; it was not read further.");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (bytes.size() > 64 * 1024 && compressed > 0 && bytes.size() / compressed > MAX_RATIO) {
                    return refused(
                            path,
                            path + " expands " + bytes.size() / compressed
                                    + " times over: that is a zip bomb, not a text.");
                }
                Optional<String> text = StrictText.utf8(bytes.toByteArray());
                if (text.isEmpty()) {
                    return refused(path, path + " is not UTF-8 text.");
                }
                String key = m.group(1).toLowerCase(Locale.ROOT);
                int side = m.group(2).equalsIgnoreCase("spun") ? 0 : 1;
                String[] texts = byName.computeIfAbsent(key, k -> new String[2]);
                if (texts[side] != null) {
                    return refused(path, path + " repeats " + fileNames.get(key + side) + ".");
                }
                texts[side] = text.get();
                fileNames.put(key + side, path);
            }
        } catch (IOException | IllegalArgumentException e) {
            return refused("pairs", "The upload is not a readable ZIP file.");
        }
        List<Pair> pairs = new ArrayList<>();
        for (var e : byName.entrySet()) {
            String[] texts = e.getValue();
            int missing = texts[0] == null ? 0 : texts[1] == null ? 1 : -1;
            if (missing >= 0) {
                String present = fileNames.get(e.getKey() + (1 - missing));
                return refused(
                        present, present + " has no " + (missing == 0 ? "-spun.txt" : "-original.txt") + " beside it.");
            }
            pairs.add(new Pair(e.getKey(), texts[0], texts[1]));
        }
        if (pairs.isEmpty()) {
            return refused("pairs", "The ZIP holds no NN-spun.txt / NN-original.txt pairs.");
        }
        return new Result.Pairs(pairs);
    }

    private static Result refused(String file, String reason) {
        return new Result.Refused(file, reason);
    }
}
