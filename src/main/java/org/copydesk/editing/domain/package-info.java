/** The revision history model: one append-only row per saved version of a paragraph's corrected text. */
@NullMarked
package org.copydesk.editing.domain;

import org.jspecify.annotations.NullMarked;
