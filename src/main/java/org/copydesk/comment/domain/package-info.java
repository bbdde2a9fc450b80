/** Comments and their repository. */
@NullMarked
package org.copydesk.comment.domain;

import org.jspecify.annotations.NullMarked;
