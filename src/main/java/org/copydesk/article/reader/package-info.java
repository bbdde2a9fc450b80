/** Turns an uploaded article file into a title, a byline and an ordered list of paragraphs, or a specific rejection. */
@NullMarked
package org.copydesk.article.reader;

import org.jspecify.annotations.NullMarked;
