/** Copydesk: a workbench to repair, review and publish machine-paraphrased articles. */
@NullMarked
package org.copydesk;

import org.jspecify.annotations.NullMarked;
