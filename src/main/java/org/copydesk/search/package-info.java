/** Search and replace across articles: find text or regular expressions, preview every change, apply, undo. */
@NullMarked
package org.copydesk.search;

import org.jspecify.annotations.NullMarked;
