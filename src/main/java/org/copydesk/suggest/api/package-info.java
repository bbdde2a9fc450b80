/** REST: suggestions for any text, learning from reference pairs, learned rules, paragraph findings. */
@NullMarked
package org.copydesk.suggest.api;

import org.jspecify.annotations.NullMarked;
