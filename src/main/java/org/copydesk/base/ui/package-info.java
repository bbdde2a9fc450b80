/** The application shell and the main layout shared by every screen. */
@NullMarked
package org.copydesk.base.ui;

import org.jspecify.annotations.NullMarked;
