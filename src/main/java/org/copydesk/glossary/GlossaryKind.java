package org.copydesk.glossary;

/** A preferred term is the house spelling (other capitalisations are wrong); a forbidden term must not be used. */
public enum GlossaryKind {
    PREFERRED,
    FORBIDDEN
}
