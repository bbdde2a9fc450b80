package org.copydesk.security.service;

/** A new API token: {@code token} is the secret to send as {@code Authorization: Bearer <token>}, shown only now. */
public record CreatedToken(long id, String name, String token) {}
