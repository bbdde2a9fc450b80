/** Editing corrected text: saving revisions, the append-only history, stale-save conflicts. */
@NullMarked
package org.copydesk.editing;

import org.jspecify.annotations.NullMarked;
