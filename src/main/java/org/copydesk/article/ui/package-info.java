/** The article list screen: every article with its progress, and the import upload. */
@NullMarked
package org.copydesk.article.ui;

import org.jspecify.annotations.NullMarked;
