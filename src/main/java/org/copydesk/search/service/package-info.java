/** Search, replace and saved-search services: the transaction and security boundary of the search feature. */
@NullMarked
package org.copydesk.search.service;

import org.jspecify.annotations.NullMarked;
