/** The house glossary: preferred spellings and forbidden terms, kept by admins, used by suggestions and checks. */
@NullMarked
package org.copydesk.glossary;

import org.jspecify.annotations.NullMarked;
