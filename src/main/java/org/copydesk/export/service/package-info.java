/**
 * Application services of the export feature: who may export what, reading articles one at a time through the
 * article service, single files and streamed ZIP batches with a manifest.
 */
@NullMarked
package org.copydesk.export.service;

import org.jspecify.annotations.NullMarked;
