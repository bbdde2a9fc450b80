/** Articles and their source side: importing texts, reading them into paragraphs, listing articles. */
@NullMarked
package org.copydesk.article;

import org.jspecify.annotations.NullMarked;
