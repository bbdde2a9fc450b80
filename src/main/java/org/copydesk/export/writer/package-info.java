/**
 * The export formats as plain Java: one {@link org.copydesk.export.writer.ArticleWriter} per format over the small
 * {@link org.copydesk.export.writer.ExportArticle} read model, with no Spring, JPA or Vaadin in sight.
 */
@NullMarked
package org.copydesk.export.writer;

import org.jspecify.annotations.NullMarked;
