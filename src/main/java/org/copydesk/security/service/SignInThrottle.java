package org.copydesk.security.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, for form login and HTTP Basic alike: too many failed sign-ins for one account, or
 * from one address, and further attempts are refused for a while. Failures and successes are learnt from Spring
 * Security's authentication events; the sign-in filter asks {@link #blockedFor} before a password is checked.
 */
@Component
public class SignInThrottle {

    private final FailedSignIns perAccount;
    private final FailedSignIns perAddress;

    SignInThrottle(
            Clock clock,
            @Value("${copydesk.sign-in.max-failures-per-account:5}") int perAccountLimit,
            @Value("${copydesk.sign-in.max-failures-per-address:20}") int perAddressLimit,
            @Value("${copydesk.sign-in.failure-window:5m}") Duration window) {
        this.perAccount = new FailedSignIns(perAccountLimit, window, 100_000, clock);
        this.perAddress = new FailedSignIns(perAddressLimit, window, 100_000, clock);
    }

    /** How long a sign-in as {@code username} from {@code address} must wait; empty when it may go ahead. */
    public Optional<Duration> blockedFor(String username, String address) {
        Optional<Duration> account = perAccount.blockedFor(accountKey(username));
        Optional<Duration> from = perAddress.blockedFor(address);
        if (account.isEmpty()) {
            return from;
        }
        return from.isEmpty() || account.get().compareTo(from.get()) >= 0 ? account : from;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        perAccount.recordFailure(accountKey(event.getAuthentication().getName()));
        address(event.getAuthentication().getDetails()).ifPresent(perAddress::recordFailure);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        perAccount.clear(accountKey(event.getAuthentication().getName()));
    }

    private static String accountKey(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? Optional.of(web.getRemoteAddress())
                : Optional.empty();
    }
}
