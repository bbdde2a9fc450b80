/** The sign-in screen. */
@NullMarked
package org.copydesk.security.ui;

import org.jspecify.annotations.NullMarked;
