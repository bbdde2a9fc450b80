/** Editing panels the workspace composes: the corrected-text editor of one paragraph and its conflict dialog. */
@NullMarked
@NamedInterface("ui")
package org.copydesk.editing.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
