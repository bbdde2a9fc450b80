/** The comment thread dialog of a paragraph. */
@NullMarked
package org.copydesk.comment.ui;

import org.jspecify.annotations.NullMarked;
