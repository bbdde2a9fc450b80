package org.copydesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The rebuilt workspace in a real browser: a very long article, and two people working on one article live. */
@CopydeskContext
class WorkspaceJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleImportService importer;

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
    void a_five_thousand_paragraph_article_opens_at_paragraph_4000_by_link_and_saves_there() {
        long article = importArticle(Articles.article("Five thousand").paragraphs(5_000));
        signIn(browser, wait, "editor");

        browser.get(base() + "/articles/" + article + "/paragraphs/4000");
        WebElement text = wait.until(visible("#paragraph-4000 textarea"));
        wait.until(driver -> "paragraph-4000"
                .equals(browser.executeScript("return document.activeElement"
                        + " && document.activeElement.closest('.paragraph-panel')"
                        + " && document.activeElement.closest('.paragraph-panel').id")));
        assertThat(browser.findElement(By.cssSelector("#paragraph-4000 .source-text"))
                        .getText())
                .startsWith("Paragraph number 4000 ");
        long nodes = (Long) browser.executeScript("return document.querySelectorAll('*').length");
        assertThat(nodes).isLessThan(2_000);

        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Fixed in China.");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#paragraph-4000 .revision-info"), "Revision 2"));
        assertThat(browser.findElement(By.cssSelector("#paragraph-4000 .source-diff ins"))
                        .getText())
                .contains("Fixed");
        HeadlessChromium.screenshot(browser, "workspace-5000-at-4000");

        browser.navigate().refresh();
        assertThat(wait.until(visible("#paragraph-4000 textarea")).getDomProperty("value"))
                .endsWith("inChina. Fixed in China.");
    }

    @Test
    void two_editors_on_one_article_see_each_others_saves_and_whereabouts_live() {
        long article = importArticle(Articles.article("Live").paragraphs(12));
        ChromeDriver other = HeadlessChromium.start();
        try {
            var otherWait = new WebDriverWait(other, Duration.ofSeconds(30));
            signIn(browser, wait, "editor");
            signIn(other, otherWait, "editor2");
            browser.get(base() + "/articles/" + article);
            other.get(base() + "/articles/" + article);
            WebElement mine = wait.until(visible("#paragraph-2 textarea"));
            WebElement theirs = otherWait.until(visible("#paragraph-2 textarea"));

            theirs.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#paragraph-2 .row-presence"), "editor2"));
            theirs.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Editor2 fixed paragraph two.");
            theirs.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait.until(driver -> "Editor2 fixed paragraph two.".equals(mine.getDomProperty("value")));
            assertThat(browser.findElement(By.cssSelector("#paragraph-2 .revision-info"))
                            .getText())
                    .contains("Revision 2 · editor2");
            HeadlessChromium.screenshot(browser, "workspace-live");

            WebElement mineThree = browser.findElement(By.cssSelector("#paragraph-3 textarea"));
            mineThree.click();
            mineThree.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Editor fixed paragraph three.");
            mineThree.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            WebElement theirThree = other.findElement(By.cssSelector("#paragraph-3 textarea"));
            otherWait.until(driver -> "Editor fixed paragraph three.".equals(theirThree.getDomProperty("value")));
        } finally {
            other.quit();
        }
    }

    @Test
    void an_editor_accepts_an_underlined_suggestion_in_its_popover_and_the_row_shows_the_new_revision() {
        long article = importArticle(Articles.article("Suggestions")
                .paragraph("Officials have actually left the town.")
                .paragraph("Plain words without any spin."));
        signIn(browser, wait, "editor");
        browser.get(base() + "/articles/" + article);

        WebElement mark = wait.until(visible("#paragraph-1 .suggestion.confident"));
        assertThat(mark.getText().strip()).isEqualTo("actually");
        assertThat(browser.findElements(By.cssSelector("#paragraph-2 .suggestion")))
                .isEmpty();
        HeadlessChromium.screenshot(browser, "workspace-suggestions");
        mark.click();
        // Every suggestion has its own popover; the one just opened is the one whose Accept is on screen.
        WebElement accept = wait.until(
                driver -> driver.findElements(By.xpath("//vaadin-button[normalize-space()='Accept']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        accept.click();

        WebElement text = browser.findElement(By.cssSelector("#paragraph-1 textarea"));
        wait.until(driver -> "Officials have left the town.".equals(text.getDomProperty("value")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#paragraph-1 .revision-info"), "Revision 2"));
        wait.until(driver -> driver.findElements(By.cssSelector("#paragraph-1 .suggestion")).stream()
                .noneMatch(m -> m.getText().contains("actually")));
    }

    @Test
    void on_a_phone_the_rows_stack_and_nothing_is_cut_off() {
        long article = importArticle(Articles.article("Phone").paragraphs(5));
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(browser, wait, "editor");
        browser.get(base() + "/articles/" + article);
        WebElement source = wait.until(visible("#paragraph-1 .source-text"));
        WebElement text = browser.findElement(By.cssSelector("#paragraph-1 textarea"));

        assertThat(text.getRect().getY()).isGreaterThan(source.getRect().getY());
        long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).isLessThanOrEqualTo(0);
        assertThat(browser.findElement(By.cssSelector("#paragraph-1 .save-button"))
                        .isDisplayed())
                .isTrue();
        HeadlessChromium.screenshot(browser, "workspace-phone");
    }

    private long importArticle(Articles text) {
        return ((ImportResult.Imported)
                        AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)))
                .articleId();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void signIn(ChromeDriver driver, WebDriverWait driverWait, String username) {
        driver.get(base() + "/login");
        WebElement user = driverWait.until(visible("input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(username, Keys.ENTER);
        driverWait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static ExpectedCondition<WebElement> visible(String css) {
        return ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css));
    }
}
