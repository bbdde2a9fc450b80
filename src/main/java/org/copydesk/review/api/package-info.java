/** REST API v1 for review: submit, approve, request changes, bulk per article, the review queue. */
@NullMarked
package org.copydesk.review.api;

import org.jspecify.annotations.NullMarked;
