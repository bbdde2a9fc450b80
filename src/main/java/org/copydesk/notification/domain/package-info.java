/** Notifications and their repository. */
@NullMarked
package org.copydesk.notification.domain;

import org.jspecify.annotations.NullMarked;
