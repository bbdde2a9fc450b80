/**
 * What two or more features share: the clock, API error handling, the application shell and layout, the embedded
 * PostgreSQL launcher. An open module: every feature may use all of it, and it uses none of them.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.copydesk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
