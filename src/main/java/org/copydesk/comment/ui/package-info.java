/** The comment thread dialog of a paragraph. */
@NullMarked
@NamedInterface("ui")
package org.copydesk.comment.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
