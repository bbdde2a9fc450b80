/** Suggestions, learning, findings and spin residue as application services: transactions and security. */
@NullMarked
package org.copydesk.suggest.service;

import org.jspecify.annotations.NullMarked;
