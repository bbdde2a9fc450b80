package org.copydesk.base.postgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The file initdb and postgres write to, beside the data folder, so their output stays off our console. */
final class PostgresLog {

    private static final int TAIL_BYTES = 8192;
    private static final int TAIL_LINES = 25;

    private final Path file;

    PostgresLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Keeps the previous run's log as *.log.1, so the reason for a crash can still be read after a restart. */
    void startNew() throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createFile(file);
    }

    long size() {
        try {
            return Files.size(file);
        } catch (IOException missing) {
            return 0;
        }
    }

    /** The text written since the given offset. */
    String textSince(long offset) {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.min(Math.max(offset, 0), log.length());
            byte[] bytes = new byte[(int) Math.min(log.length() - start, 1 << 20)];
            log.seek(start);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** The last lines, for error messages: most startup failures are explained there. */
    String tail() {
        String recent = textSince(size() - TAIL_BYTES);
        List<String> lines = recent.lines().toList();
        List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        return last.isEmpty()
                ? "(the log " + file + " is empty)"
                : "Last lines of " + file + ":\n    " + String.join("\n    ", last);
    }
}
