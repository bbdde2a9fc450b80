/** Application services of the security feature: accounts, sign-in lookups and API tokens. */
@NullMarked
@NamedInterface("service")
package org.copydesk.security.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
