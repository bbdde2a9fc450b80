/** REST API v1 for the audit log (admins). */
@NullMarked
package org.copydesk.audit.api;

import org.jspecify.annotations.NullMarked;
