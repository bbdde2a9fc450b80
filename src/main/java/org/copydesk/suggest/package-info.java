/** The unspin assistant: suggestions that reverse spinning, fixes learned from the team, QA findings, spin residue. */
@NullMarked
package org.copydesk.suggest;

import org.jspecify.annotations.NullMarked;
