/** The search-and-replace screen and its parts: the form, results, the replace preview, saved searches. */
@NullMarked
package org.copydesk.search.ui;

import org.jspecify.annotations.NullMarked;
