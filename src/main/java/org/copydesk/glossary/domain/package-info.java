/** Glossary terms as stored. */
@NullMarked
package org.copydesk.glossary.domain;

import org.jspecify.annotations.NullMarked;
