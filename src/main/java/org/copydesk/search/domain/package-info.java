/** What search and replace stores: replace previews with their paragraphs, saved searches; and the paragraph scan. */
@NullMarked
package org.copydesk.search.domain;

import org.jspecify.annotations.NullMarked;
