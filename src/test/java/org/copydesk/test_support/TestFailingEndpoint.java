package org.copydesk.test_support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API endpoint that fails with a bug, to see what an unexpected error looks like to a client. It lives in the
 * test classes, which the application's component scan sees only in tests.
 */
@RestController
public class TestFailingEndpoint {

    public static final String PATH = "/api/test/unexpected-failure";
    public static final String INTERNALS = "select password_hash from accounts -- at org.copydesk.Secret";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(INTERNALS);
    }
}
