/** Storage of learned rules and their evidence. */
@NullMarked
package org.copydesk.suggest.domain;

import org.jspecify.annotations.NullMarked;
