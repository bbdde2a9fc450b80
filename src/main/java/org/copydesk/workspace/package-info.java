/**
 * The article workspace screen (UI only): a virtual list of rows composed from the features' panels. Features never
 * depend on this package (ArchitectureTest checks it); the workspace depends on their services and ui packages.
 *
 * <p>Structure: {@link org.copydesk.workspace.ArticleWorkspaceView} holds the article's positions under the current
 * filter, the unsaved texts and who is editing what; the virtual list builds a
 * {@link org.copydesk.workspace.WorkspaceRow} only for rows in or near view and drops it when it scrolls away, so
 * nothing may live only in a row. A row has a gutter, the source text and the corrected side: the editing feature's
 * {@code ParagraphEditor}, then two slots for other features.
 *
 * <p>How a feature adds to a row (review actions, suggestions, findings):
 *
 * <ol>
 *   <li>Write a component in the feature's own {@code ui} package that takes a {@code ParagraphRow} and the feature's
 *       service; it must be cheap to build (rows come and go while scrolling): read what it needs for the whole
 *       article once, or lazily when opened.
 *   <li>Add one line to {@link org.copydesk.workspace.RowComposer#compose}: put the component into {@code
 *       row.actions()} (beside Save: buttons such as approve / request changes) or {@code row.annotations()} (under
 *       the corrected text: suggestions, QA findings).
 *   <li>To update rows live, publish the feature's events on the cluster bus ({@code base.events}) and let the view
 *       follow them like {@code ParagraphActivityService}; a changed row is updated in place, never rebuilt while
 *       someone types in it.
 *   <li>A new filter (e.g. a review status) is a constant of {@code ParagraphFilter} in the article feature.
 * </ol>
 *
 * See docs/adr/0006-workspace-rows.md for why.
 */
@NullMarked
package org.copydesk.workspace;

import org.jspecify.annotations.NullMarked;
