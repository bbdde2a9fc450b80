package org.copydesk.base;

/** Thrown by the web layer when a requested id does not exist; answered as 404 problem+json. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " does not exist.");
    }
}
