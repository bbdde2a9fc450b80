/** Suggestions, learning, findings and spin residue as application services: transactions and security. */
@NullMarked
@NamedInterface("service")
package org.copydesk.suggest.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
