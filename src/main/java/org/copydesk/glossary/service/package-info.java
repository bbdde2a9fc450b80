/** Keeping and reading the glossary; admins change it, everyone reads it. */
@NullMarked
@NamedInterface("service")
package org.copydesk.glossary.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
