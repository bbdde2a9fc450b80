/** Creating notifications from review and comment events; reading and marking them read. */
@NullMarked
package org.copydesk.notification.service;

import org.jspecify.annotations.NullMarked;
