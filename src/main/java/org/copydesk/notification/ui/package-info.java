/** The bell with the unread count and the notifications screen. */
@NullMarked
package org.copydesk.notification.ui;

import org.jspecify.annotations.NullMarked;
