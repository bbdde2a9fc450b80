/** Shared pieces of the REST API: problem+json error responses and page envelopes. */
@NullMarked
package org.copydesk.base.web;

import org.jspecify.annotations.NullMarked;
