package org.copydesk.article.reader;

import org.copydesk.article.ArticleFormat;

/**
 * Reads a binary document format (a Word file) straight from its bytes, since it is not text to decode first.
 * Adding such a format means adding one implementation and its test, as for {@link ArticleReader}.
 */
public interface DocumentReader {

    ArticleFormat format();

    /**
     * Reads the document, or refuses it with a specific reason. Never throws for any content; the size limit is
     * checked before this is called, but what the document expands to is this reader's concern.
     */
    ReadResult read(byte[] bytes);
}
