/** How requests are authenticated: a stateless chain for the REST API, Vaadin's form login for the UI. */
@NullMarked
package org.copydesk.security.config;

import org.jspecify.annotations.NullMarked;
