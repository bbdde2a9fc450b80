/** Suggestion components for the workspace rows: underlined suggestions with a popover, accept all confident. */
@NullMarked
@NamedInterface("ui")
package org.copydesk.suggest.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
