/** Review steps (single and bulk), the review queue and open change requests, secured by role. */
@NullMarked
@NamedInterface("service")
package org.copydesk.review.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
