/** What two or more features share: the clock, API error handling, the application shell and layout. */
@NullMarked
package org.copydesk.base;

import org.jspecify.annotations.NullMarked;
