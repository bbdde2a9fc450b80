/** Recording audit entries from events, and reading them for admins. */
@NullMarked
package org.copydesk.audit.service;

import org.jspecify.annotations.NullMarked;
