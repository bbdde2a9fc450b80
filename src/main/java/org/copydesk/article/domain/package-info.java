/** The article model: an article, its paragraphs in order, and the paragraph status rules. */
@NullMarked
package org.copydesk.article.domain;

import org.jspecify.annotations.NullMarked;
