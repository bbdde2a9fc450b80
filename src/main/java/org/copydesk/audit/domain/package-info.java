/** Audit entries (append-only) and their queries. */
@NullMarked
package org.copydesk.audit.domain;

import org.jspecify.annotations.NullMarked;
