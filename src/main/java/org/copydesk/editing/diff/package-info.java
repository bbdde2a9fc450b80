/**
 * Word-level differences and the three-way merge of corrected text: plain Java on top of java-diff-utils, no Spring,
 * JPA or Vaadin, so every rule here is tested without a server. Exposed
 * to other modules as the named interface {@code diff}: review, export and search show changes with this one tokeniser.
 */
@NullMarked
@NamedInterface("diff")
package org.copydesk.editing.diff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
