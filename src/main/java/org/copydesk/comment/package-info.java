/** Comment threads on paragraphs, with @name mentions. */
@NullMarked
package org.copydesk.comment;

import org.jspecify.annotations.NullMarked;
