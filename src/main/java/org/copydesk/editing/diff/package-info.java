/**
 * Word-level differences and the three-way merge of corrected text: plain Java on top of java-diff-utils, no Spring,
 * JPA or Vaadin, so every rule here is tested without a server.
 */
@NullMarked
package org.copydesk.editing.diff;

import org.jspecify.annotations.NullMarked;
