/** Posting, editing, deleting, resolving comments; mention lookups. */
@NullMarked
package org.copydesk.comment.service;

import org.jspecify.annotations.NullMarked;
