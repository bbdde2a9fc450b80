/** Copydesk's own PostgreSQL: unpacks, initialises and runs a private server on a local data folder when no spring.datasource.url is configured. */
@NullMarked
package org.copydesk.base.postgres;

import org.jspecify.annotations.NullMarked;
