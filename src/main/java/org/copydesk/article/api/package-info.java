/** REST API v1 for articles: list, import, read. */
@NullMarked
package org.copydesk.article.api;

import org.jspecify.annotations.NullMarked;
