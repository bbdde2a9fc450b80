package org.copydesk.article.reader;

import org.copydesk.article.ArticleFormat;

/** Reads one file format; adding a format means adding one implementation and its test. */
public interface ArticleReader {

    ArticleFormat format();

    /**
     * Splits already decoded text (LF line endings, no byte-order mark) into title, byline and paragraphs.
     * Never throws on odd input: what cannot be recognised becomes body text.
     */
    ParsedArticle read(String text);
}
