/** Accounts with their roles, and API tokens (stored as hashes only). */
@NullMarked
package org.copydesk.security.domain;

import org.jspecify.annotations.NullMarked;
