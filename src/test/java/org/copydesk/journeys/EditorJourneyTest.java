package org.copydesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor's day, in a real browser: sign in, open the seed article, fix a paragraph, reload, the fix is there. */
@CopydeskContext
class EditorJourneyTest {

    private static final String SEED_TITLE = "North Korean Visa Overstayers in China Are Now Branded";
    private static final String FIX = "North Korean citizens working in China on family visit visas have suddenly been"
            + " labeled “defectors” and face arrest.";

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_editor_fixes_a_paragraph_of_the_seed_article_and_the_fix_survives_a_reload() {
        browser.get("http://127.0.0.1:" + port + "/");
        signIn("editor", "editor");

        WebElement seed = findSeedInTheList();
        HeadlessChromium.screenshot(browser, "article-list");
        seed.click();

        WebElement text =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraph-1 textarea")));
        assertThat(browser.findElement(By.cssSelector("#paragraph-1 .source-text"))
                        .getText())
                .startsWith("North Korean people working in China on family check out visas");
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        text.sendKeys(FIX);
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#paragraph-1 .revision-info"), "Revision 2"));
        HeadlessChromium.screenshot(browser, "workspace");

        browser.navigate().refresh();
        WebElement reloaded =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraph-1 textarea")));
        assertThat(reloaded.getDomProperty("value")).isEqualTo(FIX);
        assertThat(browser.findElement(By.cssSelector("#paragraph-1 .status-badge"))
                        .getText())
                .isEqualTo("Edited");
    }

    @Test
    void when_two_editors_fix_the_same_paragraph_the_second_sees_a_conflict_and_chooses() {
        ChromeDriver other = HeadlessChromium.start();
        try {
            var otherWait = new WebDriverWait(other, Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + port + "/");
            signIn("editor", "editor");
            other.get("http://127.0.0.1:" + port + "/");
            signIn(other, otherWait, "editor2", "editor2");

            String workspace = browser.getCurrentUrl().replaceAll("/?(\\?.*)?$", "") + "/articles/" + seedArticleId();
            browser.get(workspace);
            other.get(workspace);
            WebElement mine = wait.until(visible("#paragraph-3 textarea"));
            WebElement theirs = otherWait.until(visible("#paragraph-3 textarea"));

            // The editor starts typing first; editor2 saves meanwhile. The editor's text stays, with a note.
            mine.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Editor's own fix, typed on the old revision.");
            wait.until(visible("#paragraph-3 .unsaved-mark"));
            // With a 300-character address in it: the conflict dialog's columns must wrap it, not overflow.
            theirs.sendKeys(
                    Keys.chord(Keys.CONTROL, "a"),
                    Keys.DELETE,
                    "Editor2 was first with this fix. Source: https://example.com/" + "a".repeat(300));
            theirs.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            otherWait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#paragraph-3 .revision-info"), "editor2"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#paragraph-3 .changed-elsewhere"), "Changed by editor2"));
            assertThat(mine.getDomProperty("value")).isEqualTo("Editor's own fix, typed on the old revision.");

            browser.findElement(By.cssSelector("#paragraph-3 .save-button")).click();
            WebElement dialog = wait.until(visible(".conflict-columns"));
            assertThat(dialog.getText())
                    .contains("Editor2 was first with this fix", "Editor's own fix, typed on the old");
            for (WebElement column : browser.findElements(By.cssSelector(".conflict-text"))) {
                assertThat(browser.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth", column))
                        .as("a 300-character word stays inside its column")
                        .isEqualTo(true);
            }
            HeadlessChromium.screenshot(browser, "conflict");

            browser.findElement(By.xpath("//vaadin-button[contains(., 'Keep mine')]"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#paragraph-3 .revision-info"), "editor"));
            browser.navigate().refresh();
            assertThat(wait.until(visible("#paragraph-3 textarea")).getDomProperty("value"))
                    .isEqualTo("Editor's own fix, typed on the old revision.");
        } finally {
            other.quit();
        }
    }

    @Test
    void an_editor_imports_an_article_from_the_list_and_a_bad_file_is_refused_with_its_reason(@TempDir Path files)
            throws IOException {
        Path binary = files.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        String title = "Imported in the browser " + System.nanoTime();
        Path markdown = files.resolve("story.md");
        Files.writeString(markdown, "# " + title + "\n\n*By Jane Doe*\n\nThe federal government informed RFA.\n");

        browser.get("http://127.0.0.1:" + port + "/");
        signIn("editor", "editor");
        upload(binary);
        WebElement refusal = wait.until(visible("vaadin-notification-card"));
        assertThat(refusal.getText()).contains("PNG image");

        upload(markdown);
        wait.until(ExpectedConditions.urlContains("/articles/"));
        assertThat(wait.until(visible(".article-heading")).getText()).isEqualTo(title);
        assertThat(wait.until(visible("#paragraph-1 .source-text")).getText())
                .isEqualTo("The federal government informed RFA.");
    }

    @Test
    void a_paragraph_link_opens_the_article_at_that_paragraph_and_the_address_follows_the_focus() {
        long article = seedArticleId();
        browser.get("http://127.0.0.1:" + port + "/articles/" + article + "/paragraphs/20");
        wait.until(visible("#paragraph-20 textarea"));
        wait.until(driver -> "paragraph-20"
                .equals(browser.executeScript(
                        "return document.activeElement && document.activeElement.closest('.paragraph-panel')"
                                + " && document.activeElement.closest('.paragraph-panel').id")));

        browser.findElement(By.cssSelector("#paragraph-21 textarea")).click();
        wait.until(ExpectedConditions.urlMatches("/articles/" + article + "/paragraphs/21$"));
    }

    private void upload(Path file) {
        WebElement upload = wait.until(visible("vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    }

    private long seedArticleId() {
        browser.get("http://127.0.0.1:" + port + "/");
        if (browser.getCurrentUrl().contains("/login")) {
            signIn("editor", "editor");
        }
        findSeedInTheList().click();
        wait.until(ExpectedConditions.urlContains("/articles/"));
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    /**
     * Other tests' articles are more recently active than the seed: look it up by title, as a user would, and check
     * that the search went into the address.
     */
    private WebElement findSeedInTheList() {
        wait.until(visible(".article-filters vaadin-text-field input")).sendKeys(SEED_TITLE);
        wait.until(ExpectedConditions.urlContains("q=North"));
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + SEED_TITLE + "')]")));
    }

    private static org.openqa.selenium.support.ui.ExpectedCondition<WebElement> visible(String css) {
        return ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css));
    }

    private void signIn(String username, String password) {
        signIn(browser, wait, username, password);
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, String username, String password) {
        WebElement user =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        HeadlessChromium.screenshot(browser, "login");
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
