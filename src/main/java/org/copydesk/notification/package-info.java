/** In-app notifications: paragraphs approved or sent back, mentions. */
@NullMarked
package org.copydesk.notification;

import org.jspecify.annotations.NullMarked;
