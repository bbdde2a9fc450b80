/** Application services of the editing feature: saving corrected text as revisions, reading history. */
@NullMarked
package org.copydesk.editing.service;

import org.jspecify.annotations.NullMarked;
