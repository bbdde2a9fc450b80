/** The admin screen for the glossary. */
@NullMarked
package org.copydesk.glossary.ui;

import org.jspecify.annotations.NullMarked;
