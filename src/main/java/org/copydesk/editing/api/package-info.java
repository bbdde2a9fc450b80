/** REST API v1 for paragraphs: save corrected text, read the revision history. */
@NullMarked
package org.copydesk.editing.api;

import org.jspecify.annotations.NullMarked;
