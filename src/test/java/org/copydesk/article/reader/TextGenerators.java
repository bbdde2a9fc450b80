package org.copydesk.article.reader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random article material, reproducible from a seed. */
final class TextGenerators {

    /** Letters, digits, spaces of several kinds, and the punctuation spun news is full of, curly quotes included. */
    private static final int[] PRINTABLE =
            ("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789     .,;:!?'\"()[]-/#*_>`&%$"
                            + "‘’“”—–…«»éüßñçø中한국😀\u00A0\t")
                    .codePoints()
                    .toArray();

    /** Pieces of Markdown and of plain-text layout, to reach the corners of both readers. */
    private static final List<String> TOKENS = List.of(
            "# ",
            "## ",
            "###### ",
            "#",
            "\n===\n",
            "\n---\n",
            "> ",
            ">> ",
            "- ",
            "* ",
            "1. ",
            "```",
            "~~~",
            "    ",
            "\t",
            "*",
            "**",
            "_",
            "`",
            "[",
            "](",
            ")",
            "[1]: http://x.org",
            "<div>",
            "</div>",
            "<!-- c -->",
            "\\",
            "\n",
            "\n",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            " \n",
            "The post ",
            " appeared first on ",
            "By ",
            "Sandra Loyd",
            "Reported by ",
            "Kim Jong Un",
            "inChina",
            "60- day",
            "‘I’ m",
            "” If",
            "word",
            "Word",
            ". ",
            "? ",
            ": ",
            "\uFEFF",
            "\u00A0",
            "\u2028",
            "\u000C");

    private TextGenerators() {}

    /** One to ten paragraphs of one to three non-blank printable lines each. */
    static List<String> paragraphs(Random random) {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            List<String> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int j = 0; j < lineCount; j++) {
                lines.add(visibleLine(random));
            }
            paragraphs.add(String.join("\n", lines));
        }
        return paragraphs;
    }

    /** Text made of layout tokens and printable characters, rarely a control character. */
    static String markupSoup(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(120);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(500) == 0) {
                text.append(random.nextBoolean() ? '\u0000' : '\u0007');
            } else if (random.nextBoolean()) {
                text.append(TOKENS.get(random.nextInt(TOKENS.size())));
            } else {
                text.appendCodePoint(PRINTABLE[random.nextInt(PRINTABLE.length)]);
            }
        }
        return text.toString();
    }

    /** Bytes of every kind: uniformly random, ASCII with stray high bytes, or encoded markup behind a mark. */
    static byte[] bytes(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> randomBytes(random, 256);
            case 1 -> {
                byte[] bytes = randomBytes(random, 0x5F);
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = random.nextInt(40) == 0 ? (byte) (0x80 + bytes[i]) : (byte) (0x20 + bytes[i]);
                }
                yield bytes;
            }
            default -> {
                byte[][] marks = {
                    {}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}
                };
                byte[] mark = marks[random.nextInt(marks.length)];
                byte[] text = markupSoup(random).getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Arrays.copyOf(mark, mark.length + text.length);
                System.arraycopy(text, 0, bytes, mark.length, text.length);
                yield bytes;
            }
        };
    }

    private static byte[] randomBytes(Random random, int bound) {
        byte[] bytes = new byte[random.nextInt(2_000)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(bound);
        }
        return bytes;
    }

    private static String visibleLine(Random random) {
        while (true) {
            StringBuilder line = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                line.appendCodePoint(PRINTABLE[random.nextInt(PRINTABLE.length)]);
            }
            if (line.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))) {
                return line.toString();
            }
        }
    }
}
