/** Review steps (single and bulk), the review queue and open change requests, secured by role. */
@NullMarked
package org.copydesk.review.service;

import org.jspecify.annotations.NullMarked;
