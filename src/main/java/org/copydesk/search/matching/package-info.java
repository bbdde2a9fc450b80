/**
 * Plain Java matching for search and replace: patterns on a linear-time engine (RE2/J), capture-group replacement,
 * matches in context. No Spring, no JPA.
 */
@NullMarked
package org.copydesk.search.matching;

import org.jspecify.annotations.NullMarked;
