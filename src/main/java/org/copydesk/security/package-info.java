/** Accounts, roles, sign-in for the UI and the REST API (HTTP Basic and API tokens). */
@NullMarked
package org.copydesk.security;

import org.jspecify.annotations.NullMarked;
