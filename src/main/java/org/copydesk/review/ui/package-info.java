/** The review queue screen, the request-changes dialog, bulk approval and the workspace row actions. */
@NullMarked
package org.copydesk.review.ui;

import org.jspecify.annotations.NullMarked;
