package org.copydesk.search.matching;

/** A user's pattern or replacement, either usable or refused with a reason a person can act on. */
public sealed interface Parsed<T> {

    record Ok<T>(T value) implements Parsed<T> {}

    record Invalid<T>(String reason) implements Parsed<T> {}
}
