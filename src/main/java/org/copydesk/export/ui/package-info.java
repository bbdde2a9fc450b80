/** The export dialog, opened from the workspace header and from the article list's selection. */
@NullMarked
@NamedInterface("ui")
package org.copydesk.export.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
