/** Learning fixes from edits and reference pairs: word-level differences, paragraph alignment. Plain Java. */
@NullMarked
package org.copydesk.suggest.learning;

import org.jspecify.annotations.NullMarked;
