/**
 * Export: renderings of an article (clean copy, bilingual, redline) in one format each, single or in a streamed
 * ZIP batch; the {@link org.copydesk.export.ArticleExported} event tells other features (the audit log) about each.
 */
@NullMarked
package org.copydesk.export;

import org.jspecify.annotations.NullMarked;
