/** Review decisions as an append-only history, and the queries of the review queue. */
@NullMarked
package org.copydesk.review.domain;

import org.jspecify.annotations.NullMarked;
