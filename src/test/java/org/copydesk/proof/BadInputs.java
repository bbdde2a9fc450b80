package org.copydesk.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generated bad input, reproducible from a seed: each {@link Kind} makes one family of hostile files. Shared by the
 * in-process reader run and the HTTP run, so both see the same material.
 */
final class BadInputs {

    private BadInputs() {}

    enum Kind {
        RANDOM_BYTES,
        INVALID_UTF8,
        HUGE_LINE,
        NESTED_MARKDOWN,
        INVISIBLE_CONTROLS,
        NUL_BYTES,
        BLANK_LINES,
        ZIP_BOMB,
        MARKUP_SOUP,
        LINE_ENDINGS,
        MUTATED_ARTICLE,
        VALID_ARTICLE
    }

    private static final String[] WORDS = {
        "The",
        "federal",
        "government",
        "informed",
        "RFA",
        "on",
        "Tuesday",
        "that",
        "overstayers",
        "were",
        "told",
        "«quoted»",
        "“curly”",
        "naïve",
        "中文",
        "한국어",
        "😀",
        "—",
        "e\u0301",
        "عربى"
    };

    /** Invisible and direction-changing characters: zero-width, bidi embeddings, overrides and isolates, BOM. */
    private static final String[] INVISIBLE = {
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
        "\u2067", "\u2068", "\u2069", "\uFEFF", "\u2060", "\u00AD", "\u061C"
    };

    private static final List<String> MARKUP = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=window.__xss=1>",
            "[click](javascript:window.__xss=1)",
            "<div>",
            "</div>",
            "<![CDATA[",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
            "&b;",
            "&#0;",
            "&#x110000;",
            "<p",
            "<<<<",
            "<svg onload=window.__xss=1>",
            "<?xml version=\"1.0\"?>",
            "<w:document>",
            "%s%n%x");

    static byte[] generate(Kind kind, long seed) {
        Random random = new Random(seed);
        return switch (kind) {
            case RANDOM_BYTES -> randomBytes(random, random.nextInt(4096));
            case INVALID_UTF8 -> invalidUtf8(random);
            case HUGE_LINE -> utf8(article(random, 2) + "\n\n" + line(random, hugeLineLength(random)) + "\n");
            case NESTED_MARKDOWN -> utf8(nestedMarkdown(random));
            case INVISIBLE_CONTROLS -> utf8(withInvisibles(random));
            case NUL_BYTES -> withNuls(random);
            case BLANK_LINES -> utf8(blankLines(random));
            case ZIP_BOMB -> zip(random);
            case MARKUP_SOUP -> utf8(markupSoup(random));
            case LINE_ENDINGS ->
                utf8(article(random, 1 + random.nextInt(6))
                        .replace(
                                "\n",
                                List.of("\r", "\r\n", "\n\r", "\u2028", "\u0085", "\f")
                                        .get(random.nextInt(6))));
            case MUTATED_ARTICLE -> mutate(random, utf8(article(random, 1 + random.nextInt(8))));
            case VALID_ARTICLE -> utf8(article(random, 1 + random.nextInt(12)));
        };
    }

    /** Title, byline and paragraphs: a plausible article. */
    static String article(Random random, int paragraphs) {
        var text = new StringBuilder(sentence(random, 4 + random.nextInt(6)))
                .append(" ")
                .append(random.nextLong());
        text.append("\n\nBy Jane Reporter\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append(sentence(random, 5 + random.nextInt(30))).append(".\n\n");
        }
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static int hugeLineLength(Random random) {
        int[] lengths = {19_999, 20_000, 20_001, 50_000, 200_000, 1_000_000};
        return lengths[random.nextInt(lengths.length)];
    }

    private static String line(Random random, int length) {
        var text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.substring(0, length);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] broken = {
            {(byte) 0xC0, (byte) 0x80}, // overlong NUL
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate encoded as UTF-8
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            {(byte) 0xE2, (byte) 0x82}, // truncated sequence
            {(byte) 0x80}, // stray continuation
            {(byte) 0xFF, (byte) 0xFE}, // UTF-16 byte order mark
            {(byte) 0xE9}, // Latin-1 é
            {(byte) 0x93, (byte) 0x94}, // Windows-1252 quotes
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80} // five-byte form
        };
        byte[] text = utf8(article(random, 1 + random.nextInt(5)));
        var out = new ByteArrayOutputStream();
        int at = random.nextInt(text.length + 1);
        out.write(text, 0, at);
        out.writeBytes(broken[random.nextInt(broken.length)]);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private static String nestedMarkdown(Random random) {
        int depth = List.of(10, 100, 1_000, 5_000, 10_000).get(random.nextInt(5));
        String[] openers = {"> ", "- ", "  - ", "1. ", "[", "*", "**", "_", "`", "<div>", "(", "#", "    "};
        String opener = openers[random.nextInt(openers.length)];
        var text = new StringBuilder("# Nested " + random.nextLong() + "\n\nBy Jane Reporter\n\n");
        if (random.nextBoolean()) {
            // all on one line (bounded by the line limit)
            text.append(opener.repeat(Math.min(depth, 20_000 / Math.max(1, opener.length()) - 10)))
                    .append("deep\n");
        } else {
            for (int i = 0; i < depth; i++) {
                text.append(opener.repeat(Math.min(i, 200 / opener.length())))
                        .append("level ")
                        .append(i)
                        .append('\n');
            }
        }
        text.append("\nAn ordinary closing paragraph.\n");
        return text.toString();
    }

    private static String withInvisibles(Random random) {
        String article = article(random, 1 + random.nextInt(6));
        var text = new StringBuilder();
        for (int i = 0; i < article.length(); i++) {
            if (random.nextInt(8) == 0) {
                text.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
            }
            text.append(article.charAt(i));
        }
        if (random.nextInt(4) == 0) { // a title made only of invisibles
            return INVISIBLE[random.nextInt(INVISIBLE.length)].repeat(1 + random.nextInt(30)) + "\n\n" + text;
        }
        return text.toString();
    }

    private static byte[] withNuls(Random random) {
        byte[] text = utf8(article(random, 1 + random.nextInt(5)));
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text[random.nextInt(text.length)] = 0;
        }
        return text;
    }

    private static String blankLines(Random random) {
        String[] blanks = {"\n", " \n", "\t\n", "\r\n", "\u00A0\n", "\u3000\n"};
        String blank = blanks[random.nextInt(blanks.length)];
        int count = random.nextBoolean() ? 10_000 : 1 + random.nextInt(3_000);
        return switch (random.nextInt(3)) {
            case 0 -> blank.repeat(count);
            case 1 -> blank.repeat(count) + article(random, 2) + blank.repeat(count);
            default -> article(random, 1) + blank.repeat(count) + article(random, 1);
        };
    }

    private static String markupSoup(Random random) {
        var text = new StringBuilder("Markup " + random.nextLong() + "\n\n");
        int pieces = 5 + random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] + " " : "")
                    .append(MARKUP.get(random.nextInt(MARKUP.size())));
            if (random.nextInt(6) == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        int flips = 1 + random.nextInt(10);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        if (random.nextBoolean()) {
            int cut = random.nextInt(bytes.length);
            byte[] cutOff = new byte[cut];
            System.arraycopy(bytes, 0, cutOff, 0, cut);
            return cutOff;
        }
        return bytes;
    }

    /**
     * ZIP archives shaped like a Word file: a bomb (a few hundred KB that inflate to up to 200 MB of document XML),
     * many entries, an XML entity bomb, or a truncated archive.
     */
    private static final java.util.Map<Long, byte[]> BOMBS = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] zip(Random random) {
        if (random.nextInt(4) == 0) { // deflating 200 MB takes a second: two bombs, made once, mutated per seed
            byte[] bomb = BOMBS.computeIfAbsent(random.nextLong() & 1, BadInputs::bomb)
                    .clone();
            if (random.nextBoolean()) { // a corrupt deflate stream somewhere inside
                bomb[bomb.length / 2 + random.nextInt(bomb.length / 4)] ^= (byte) (1 + random.nextInt(255));
            }
            return bomb;
        }
        return archive(random, 1 + random.nextInt(3));
    }

    private static byte[] bomb(long which) {
        return archive(new Random(which), which == 0 ? 0 : -1);
    }

    private static byte[] archive(Random random, int shape) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            switch (shape) {
                case 0, -1 -> { // inflates to 64 or 200 MB of one repeated paragraph
                    zip.putNextEntry(new ZipEntry("word/document.xml"));
                    zip.write(utf8("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            + "wordprocessingml/2006/main\"><w:body>"));
                    byte[] chunk = utf8(
                            "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>".repeat(1_000));
                    long target = (shape == 0 ? 64L : 200L) * 1024 * 1024;
                    for (long written = 0; written < target; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write(utf8("</w:body></w:document>"));
                    zip.closeEntry();
                }
                case 1 -> { // thousands of entries
                    int entries = 1_000 + random.nextInt(9_000);
                    for (int i = 0; i < entries; i++) {
                        entry(zip, "word/media/e" + i + ".xml", "<x/>");
                    }
                }
                case 2 ->
                    entry(
                            zip,
                            "word/document.xml",
                            "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">"
                                    + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                    + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                                    + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                    + "<w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:body></w:document>");
                default -> entry(zip, "word/document.xml", markupSoup(random));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] archive = out.toByteArray();
        if (random.nextInt(5) == 0) { // truncated: no central directory
            byte[] cut = new byte[archive.length / 2];
            System.arraycopy(archive, 0, cut, 0, cut.length);
            return cut;
        }
        return archive;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8(content));
        zip.closeEntry();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
