package org.copydesk.article.reader;

/** Why a file was not accepted as an article; each comes with a message that names the specific fault. */
public enum ImportProblem {
    /** The file is in a format no reader handles; the caller decides this from the file name or media type. */
    UNSUPPORTED_FORMAT,
    /** The file has no bytes, or nothing but whitespace. */
    EMPTY,
    /** The file is text in another encoding (UTF-16, Windows-1252, …) or has broken UTF-8 sequences. */
    NOT_UTF8,
    /** The file is not text at all: an image, a PDF, a Word document, or bytes with NUL or control characters. */
    BINARY,
    /** The text contains a control character stored text may not have (form feed, a C1 control, ...). */
    CONTROL_CHARACTER,
    /** The file has more paragraphs than one article may have. */
    TOO_MANY_PARAGRAPHS,
    /** The file is bigger than the size limit. */
    TOO_LARGE,
    /** A Word file that is damaged, encrypted or not a Word document at all (e.g. an old .doc renamed .docx). */
    UNREADABLE,
    /** A Word file whose compressed parts expand far beyond any article: a zip bomb, or not an article. */
    EXPANDS_TOO_MUCH,
    /** One line is longer than the line limit, usually a sign that the file is not an article. */
    LINE_TOO_LONG,
    /** Nothing in the file can serve as a title. */
    NO_TITLE,
    /** What was taken as the title is too long to be one, usually because the file has no title line. */
    TITLE_TOO_LONG,
    /** The file has a title but no body paragraph. */
    NO_PARAGRAPHS
}
