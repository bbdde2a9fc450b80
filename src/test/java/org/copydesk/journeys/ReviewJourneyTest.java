package org.copydesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Review in real browsers: an editor fixes and submits; a reviewer sends it back with a reason; the editor sees the
 * notification and the reason, fixes and submits again; the reviewer approves; the list shows the article approved.
 */
@CopydeskContext
class ReviewJourneyTest {

    @LocalServerPort
    int port;

    ChromeDriver editor;
    ChromeDriver reviewer;
    WebDriverWait editorWait;
    WebDriverWait reviewerWait;

    @BeforeEach
    void openBrowsers() {
        editor = HeadlessChromium.start();
        reviewer = HeadlessChromium.start();
        editorWait = new WebDriverWait(editor, Duration.ofSeconds(30));
        reviewerWait = new WebDriverWait(reviewer, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowsers() {
        if (editor != null) {
            editor.quit();
        }
        if (reviewer != null) {
            reviewer.quit();
        }
    }

    @Test
    void an_article_goes_from_a_fix_through_a_request_for_changes_to_approved() {
        var text = Articles.article("Journey to approval")
                .paragraph("The federal government has actually informed RFA that the border stays shut.");
        var created = new Api(port).post("/api/v1/articles", Api.basic("editor"), "text/plain", text.bytes());
        long articleId = created.json().get("id").asLong();
        String base = "http://127.0.0.1:" + port + "/";

        editor.get(base + "articles/" + articleId);
        signIn(editor, editorWait, "editor");
        editor.get(base + "articles/" + articleId);
        fix(editor, editorWait, "The government told RFA that the border stays shut.", "Revision 2");
        click(editor, editorWait, "#paragraph-1 .review-submit");
        editorWait.until(text("#paragraph-1 .status-badge", "Submitted"));
        HeadlessChromium.screenshot(editor, "review-submitted");

        String bellBefore = bellTitle(editor);
        reviewer.get(base + "review");
        signIn(reviewer, reviewerWait, "reviewer");
        reviewer.get(base + "review");
        selectInQueue(text.title());
        HeadlessChromium.screenshot(reviewer, "review-queue");
        clickXpath(reviewer, reviewerWait, "//vaadin-button[contains(., 'Request changes (R)')]");
        clickXpath(reviewer, reviewerWait, "//vaadin-radio-button[contains(., 'Meaning changed')]");
        reviewerWait
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-text-area[contains(., 'Comment (optional)')]//textarea")))
                .sendKeys("“Stays shut” is not in the source; it says it closed.");
        HeadlessChromium.screenshot(reviewer, "review-request-changes");
        clickXpath(reviewer, reviewerWait, "//vaadin-button[contains(., 'Send back')]");
        reviewerWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-notification-card"), "sent back"));

        // The editor's workspace is still open: the bell counts the new notification over push, with no reload.
        editorWait.until(driver -> !bellBefore.equals(bellTitle(driver)));
        WebElement unread = editorWait.until(visible(".notification-bell .unread-count"));
        assertThat(Integer.parseInt(unread.getText())).isPositive();
        editor.findElement(By.cssSelector(".notification-bell")).click();
        WebElement told = editorWait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'notification ')][contains(., 'Meaning changed')]")));
        assertThat(told.getText()).contains("reviewer sent back your paragraph 1", "is not in the source");
        HeadlessChromium.screenshot(editor, "review-notification");
        told.findElement(By.tagName("a")).click();
        WebElement reason = editorWait.until(visible("#paragraph-1 .change-request-note"));
        assertThat(reason.getText()).contains("Sent back by reviewer: Meaning changed", "it says it closed");
        HeadlessChromium.screenshot(editor, "review-sent-back");
        fix(editor, editorWait, "The government told RFA that the border had closed.", "Revision 3");
        click(editor, editorWait, "#paragraph-1 .review-submit");
        editorWait.until(text("#paragraph-1 .status-badge", "Submitted"));

        reviewer.get(base + "review");
        selectInQueue(text.title());
        WebElement diff = reviewerWait.until(visible(".review-detail .diff-inserted"));
        assertThat(diff.getText()).isNotBlank();
        reviewer.findElement(By.cssSelector(".review-detail h3")).click();
        reviewerWait.until(driver ->
                driver.switchTo().activeElement().getAttribute("class").contains("review-detail"));
        reviewer.switchTo().activeElement().sendKeys("a");
        reviewerWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-notification-card"), "approved"));

        reviewer.get(base);
        reviewerWait.until(driver -> "Approved".equals(statusInList(text.title())));
        HeadlessChromium.screenshot(reviewer, "review-article-approved");
    }

    /** "N unread notifications": the bell's title, which changes with its count (shown or not). */
    private static String bellTitle(WebDriver driver) {
        return driver.findElement(By.cssSelector(".notification-bell")).getAttribute("title");
    }

    private void selectInQueue(String title) {
        WebElement row = reviewerWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]")));
        if (!reviewer.findElement(By.cssSelector(".review-detail")).getText().contains(title)) {
            row.click();
        }
        reviewerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".review-detail"), title));
    }

    /** The text of the status cell in the article list's row of {@code title} (the cell after the title). */
    private String statusInList(String title) {
        Object status = reviewer.executeScript(
                "const cells = [...document.querySelectorAll('vaadin-grid-cell-content')];"
                        + "const i = cells.findIndex(c => c.textContent.includes(arguments[0]));"
                        + "return i < 0 || i + 1 >= cells.length ? null : cells[i + 1].textContent.trim();",
                title);
        return status == null ? "" : status.toString();
    }

    private static void fix(ChromeDriver browser, WebDriverWait wait, String newText, String revision) {
        WebElement area = wait.until(visible("#paragraph-1 textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(newText);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#paragraph-1 .revision-info"), revision));
    }

    private static void click(ChromeDriver browser, WebDriverWait wait, String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    private static void clickXpath(ChromeDriver browser, WebDriverWait wait, String xpath) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
    }

    private static ExpectedCondition<Boolean> text(String css, String text) {
        return ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text);
    }

    private static ExpectedCondition<WebElement> visible(String css) {
        return ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css));
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, String user) {
        WebElement name =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
