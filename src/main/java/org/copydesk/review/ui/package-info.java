/** The review queue screen, the request-changes dialog, bulk approval and the workspace row actions. */
@NullMarked
@NamedInterface("ui")
package org.copydesk.review.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
