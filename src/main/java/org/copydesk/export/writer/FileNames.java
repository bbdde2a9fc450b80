package org.copydesk.export.writer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names derived from article titles. A name keeps letters, digits and single hyphens only: no path separator,
 * no dot run, no control or invisible character, nothing a file system or a ZIP reader could take as a path.
 */
public final class FileNames {

    static final int MAX_BASE_LENGTH = 80;

    private FileNames() {}

    /** A safe base name for a title, e.g. {@code "Rice prices rise / fall…"} gives {@code rice-prices-rise-fall}. */
    public static String baseName(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < ascii.length() && name.length() < MAX_BASE_LENGTH; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                name.append(c);
            } else if (!name.isEmpty() && name.charAt(name.length() - 1) != '-') {
                name.append('-');
            }
        }
        while (!name.isEmpty() && name.charAt(name.length() - 1) == '-') {
            name.setLength(name.length() - 1);
        }
        return name.isEmpty() ? "article" : name.toString();
    }

    /** The file name of one article in one format: its title's base name, its id, the format's extension. */
    public static String of(String title, long articleId, ExportFormat format) {
        return baseName(title) + "-" + articleId + "." + format.extension();
    }

    /** Hands out names that are unique within one ZIP, case-insensitively (some file systems ignore case). */
    public static final class Unique {

        private final Set<String> taken = new HashSet<>();

        public String claim(String name) {
            int dot = name.indexOf('.');
            String stem = dot < 0 ? name : name.substring(0, dot);
            String extension = dot < 0 ? "" : name.substring(dot);
            String candidate = name;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = stem + "-" + n + extension;
            }
            return candidate;
        }
    }
}
