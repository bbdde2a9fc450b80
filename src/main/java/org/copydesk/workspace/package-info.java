/** The article workspace screen (UI only): source paragraphs beside their editors, composed from the features. */
@NullMarked
package org.copydesk.workspace;

import org.jspecify.annotations.NullMarked;
