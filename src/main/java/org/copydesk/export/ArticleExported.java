package org.copydesk.export;

import java.time.Instant;

/**
 * Published once for every file an export produced (one per article and format; a batch publishes one per file),
 * after the file was written. Published outside any transaction, so a listener (the audit log) records it with
 * a plain {@code @EventListener} in a transaction of its own. {@code format} is the format's code, e.g.
 * {@code docx} or {@code redline-html}; {@code draft} tells that an unapproved article was exported as clean copy.
 */
public record ArticleExported(long articleId, String format, boolean draft, String exportedBy, Instant at) {}
