/**
 * Events that cross Copydesk nodes: a small bus on PostgreSQL's LISTEN/NOTIFY, so that every process on one database
 * hears what any of them published (after the publishing transaction commits).
 */
@NullMarked
package org.copydesk.base.events;

import org.jspecify.annotations.NullMarked;
