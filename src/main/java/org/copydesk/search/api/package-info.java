/** The REST API of search and replace: {@code /api/v1/search}, {@code /api/v1/replace/…}, saved searches. */
@NullMarked
package org.copydesk.search.api;

import org.jspecify.annotations.NullMarked;
