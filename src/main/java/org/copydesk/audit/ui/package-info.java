/** The audit log screen with filters and CSV download (admins). */
@NullMarked
package org.copydesk.audit.ui;

import org.jspecify.annotations.NullMarked;
