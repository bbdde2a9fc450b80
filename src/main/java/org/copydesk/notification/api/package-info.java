/** REST API v1 for the signed-in account's notifications. */
@NullMarked
package org.copydesk.notification.api;

import org.jspecify.annotations.NullMarked;
