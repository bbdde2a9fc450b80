/** Keeping and reading the glossary; admins change it, everyone reads it. */
@NullMarked
package org.copydesk.glossary.service;

import org.jspecify.annotations.NullMarked;
