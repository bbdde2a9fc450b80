/** Application services of the editing feature: saving corrected text as revisions, reading history. */
@NullMarked
@NamedInterface("service")
package org.copydesk.editing.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
