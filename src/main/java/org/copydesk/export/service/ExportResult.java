package org.copydesk.export.service;

/** The outcome of exporting one article in one format. */
public sealed interface ExportResult {

    /** The file, whole: one article's file is small enough to hold, unlike a batch. */
    record Exported(String fileName, String mediaType, byte[] content, boolean draft) implements ExportResult {}

    record NotFound(long articleId) implements ExportResult {}

    /** Nothing was exported; {@code reason} says why in words fit for the person who asked. */
    record NotAllowed(String reason) implements ExportResult {}
}
