/** REST API v1 for API tokens: create, list and revoke your own. */
@NullMarked
package org.copydesk.security.api;

import org.jspecify.annotations.NullMarked;
