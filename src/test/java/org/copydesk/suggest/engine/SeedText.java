package org.copydesk.suggest.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article shipped in {@code seeds/}: spun news with the damage these tests are about. */
final class SeedText {

    private SeedText() {}

    static String seed() throws IOException {
        return Files.readString(Path.of("seeds/000_58c0262a177e068d.txt"));
    }
}
