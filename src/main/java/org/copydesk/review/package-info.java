/** Review: paragraphs submitted, approved or sent back with a reason; the four-eyes rule; the review queue. */
@NullMarked
package org.copydesk.review;

import org.jspecify.annotations.NullMarked;
