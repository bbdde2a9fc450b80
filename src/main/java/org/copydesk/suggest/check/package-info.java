/** QA checks on corrected text: plain Java plug-ins behind {@link org.copydesk.suggest.check.QaCheck}. */
@NullMarked
@NamedInterface("check")
package org.copydesk.suggest.check;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
