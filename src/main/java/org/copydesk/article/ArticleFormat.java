package org.copydesk.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The file formats an article can be imported from. */
public enum ArticleFormat {
    PLAIN_TEXT("text/plain", List.of("txt", "text"), List.of("text/plain")),
    MARKDOWN("text/markdown", List.of("md", "markdown"), List.of("text/markdown", "text/x-markdown")),
    HTML("text/html", List.of("html", "htm"), List.of("text/html", "application/xhtml+xml")),
    DOCX(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            List.of("docx"),
            List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final String mediaType;
    private final List<String> extensions;
    private final List<String> mediaTypes;

    ArticleFormat(String mediaType, List<String> extensions, List<String> mediaTypes) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.mediaTypes = mediaTypes;
    }

    /** The canonical media type, for responses and downloads. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension names, case-insensitively; empty for any other extension or none. */
    public static Optional<ArticleFormat> fromFileName(@Nullable String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return find(format -> format.extensions.contains(extension));
    }

    /** The format a media type names, ignoring case and parameters such as {@code ;charset=utf-8}. */
    public static Optional<ArticleFormat> fromMediaType(@Nullable String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int parameters = mediaType.indexOf(';');
        String essence = (parameters < 0 ? mediaType : mediaType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return find(format -> format.mediaTypes.contains(essence));
    }

    private static Optional<ArticleFormat> find(Predicate<ArticleFormat> matches) {
        for (ArticleFormat format : values()) {
            if (matches.test(format)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
