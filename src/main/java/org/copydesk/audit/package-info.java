/** The append-only audit log: who did what, when. */
@NullMarked
package org.copydesk.audit;

import org.jspecify.annotations.NullMarked;
