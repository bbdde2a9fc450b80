/** Application services of the article feature: importing articles and reading them for the UI and the API. */
@NullMarked
@NamedInterface("service")
package org.copydesk.article.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
