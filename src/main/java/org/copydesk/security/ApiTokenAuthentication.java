package org.copydesk.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Someone signed in with an API token rather than a password. Kept apart from a password sign-in because a token
 * may do what its account may do, except create further tokens.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final UserDetails account;
    private final long tokenId;

    public ApiTokenAuthentication(UserDetails account, long tokenId, Collection<? extends GrantedAuthority> roles) {
        super(roles);
        this.account = account;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public UserDetails getPrincipal() {
        return account;
    }

    public long tokenId() {
        return tokenId;
    }
}
