/** The main user journeys, run in a real headless Chromium against the running application. */
package org.copydesk.journeys;
