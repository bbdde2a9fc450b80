/** Posting, editing, deleting, resolving comments; mention lookups. */
@NullMarked
@NamedInterface("service")
package org.copydesk.comment.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
