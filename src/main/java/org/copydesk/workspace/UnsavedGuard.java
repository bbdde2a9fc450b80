package org.copydesk.workspace;

/**
 * The few lines of browser script the workspace needs, run once per page: a row being typed in is marked at once
 * (before the text reaches the server), and closing or reloading the page while any text is unsaved asks first.
 * {@code window.copydeskUnsaved} is kept up to date by the server with the number of unsaved paragraphs.
 */
final class UnsavedGuard {

    static final String SCRIPT = """
            if (!window.copydeskGuard) {
              window.copydeskGuard = true;
              document.addEventListener('input', e => {
                const row = e.composedPath().find(n => n.classList && n.classList.contains('paragraph-panel'));
                if (row) { row.classList.add('typing'); }
              }, true);
              window.addEventListener('beforeunload', e => {
                if ((window.copydeskUnsaved || 0) > 0 || document.querySelector('.paragraph-panel.typing')) {
                  e.preventDefault();
                  e.returnValue = '';
                }
              });
            }
            """;

    private UnsavedGuard() {}
}
