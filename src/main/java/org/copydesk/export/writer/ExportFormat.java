package org.copydesk.export.writer;

import java.util.Locale;
import java.util.Optional;

/** Every format an article can be exported in, with the code the API uses, its media type and file extension. */
public enum ExportFormat {
    TXT("txt", "text/plain;charset=UTF-8", "txt", Family.CLEAN_COPY),
    MD("md", "text/markdown;charset=UTF-8", "md", Family.CLEAN_COPY),
    HTML("html", "text/html;charset=UTF-8", "html", Family.CLEAN_COPY),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Family.CLEAN_COPY),
    PDF("pdf", "application/pdf", "pdf", Family.CLEAN_COPY),
    XLIFF("xliff", "application/xliff+xml", "xlf", Family.BILINGUAL),
    TMX("tmx", "application/x-tmx+xml", "tmx", Family.BILINGUAL),
    REDLINE_HTML("redline-html", "text/html;charset=UTF-8", "redline.html", Family.REDLINE),
    REDLINE_DOCX(
            "redline-docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "redline.docx",
            Family.REDLINE);

    /** Clean copy is for publication, so it is the family with rules about approval. */
    public enum Family {
        CLEAN_COPY,
        BILINGUAL,
        REDLINE
    }

    private final String code;
    private final String mediaType;
    private final String extension;
    private final Family family;

    ExportFormat(String code, String mediaType, String extension, Family family) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
        this.family = family;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public Family family() {
        return family;
    }

    public boolean isCleanCopy() {
        return family == Family.CLEAN_COPY;
    }

    /** The format with this code ({@code txt}, {@code redline-docx}, …), ignoring case. */
    public static Optional<ExportFormat> fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.code.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
