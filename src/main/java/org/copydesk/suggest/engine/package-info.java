/** The suggestion engine and its sources: plain Java, no Spring, no database, so each is tested on its own. */
@NullMarked
@NamedInterface("engine")
package org.copydesk.suggest.engine;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
