/** REST API v1 for a paragraph's comments. */
@NullMarked
package org.copydesk.comment.api;

import org.jspecify.annotations.NullMarked;
