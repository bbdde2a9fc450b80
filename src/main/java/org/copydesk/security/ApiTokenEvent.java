package org.copydesk.security;

import java.time.Instant;

/** Something happened to an API token of {@code username}: created, revoked, or used to authenticate a request. */
public record ApiTokenEvent(String username, long tokenId, String tokenName, Use use, Instant at) {

    public enum Use {
        CREATED,
        REVOKED,
        USED
    }
}
