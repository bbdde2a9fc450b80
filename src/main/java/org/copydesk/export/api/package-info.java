/** REST API v1 for exports: one article in one format, or a streamed ZIP of many. */
@NullMarked
package org.copydesk.export.api;

import org.jspecify.annotations.NullMarked;
