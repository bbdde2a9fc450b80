package org.copydesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.glossary.GlossaryKind;
import org.copydesk.glossary.service.GlossaryService;
import org.copydesk.security.Role;
import org.copydesk.security.service.AccountAdministrationService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

/**
 * Markup in article text, corrected text, comments, a glossary entry and an account's display name is shown as text
 * on every screen that shows it, in a real Chromium: each payload, if it ever ran, would set {@code window.__xss}
 * and the page title, and no element made from a payload (an {@code img} with {@code src=x}, a {@code javascript:}
 * link, an {@code iframe}, an {@code onload} or {@code onerror} attribute) may exist, shadow roots included. The HTML
 * and redline-HTML exports are opened in the browser too.
 */
@CopydeskContext
class ScriptInjectionJourneyTest {

    static final String IMG = "<img src=x onerror=\"window.__xss='img';document.title='XSS'\">";
    static final String SCRIPT = "<script>window.__xss='script';document.title='XSS'</script>";
    static final String LINK = "<a href=\"javascript:window.__xss='link'\">javascript:window.__xss='link'</a>";
    static final String SVG = "<svg onload=\"window.__xss='svg'\"></svg>";
    static final String IFRAME = "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>";
    static final String ALL = IMG + " " + SCRIPT + " " + LINK + " " + SVG + " " + IFRAME;

    /** Counts elements a payload would have made, through every shadow root. */
    static final String INJECTED_ELEMENTS = """
            let n = 0;
            const walk = root => root.querySelectorAll('*').forEach(e => {
              const href = (e.getAttribute('href') || '').trim().toLowerCase();
              if ((e.tagName === 'IMG' && e.getAttribute('src') === 'x') || e.tagName === 'IFRAME'
                  || (e.tagName === 'SCRIPT' && e.textContent.includes('__xss')) || href.startsWith('javascript:')
                  || e.hasAttribute('onerror') || e.hasAttribute('onload')) n++;
              if (e.shadowRoot) walk(e.shadowRoot);
            });
            walk(document);
            return n;""";

    @LocalServerPort
    int port;

    @Autowired
    GlossaryService glossary;

    @Autowired
    AccountAdministrationService accounts;

    final ObjectMapper json = new ObjectMapper();
    ChromeDriver browser;
    WebDriverWait wait;
    int screens;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void markup_in_every_kind_of_text_is_shown_as_text_and_never_runs_on_any_screen() throws Exception {
        var api = new Api(port);
        var text = Articles.article("Markup probe " + IMG)
                .paragraph("The source quotes " + IMG + " and " + SCRIPT + " in full.")
                .paragraph("Another paragraph quotes " + LINK + " and " + SVG + " and " + IFRAME + " too.")
                .paragraph("A third paragraph has no markup in it at all, only words.");
        var created = api.post("/api/v1/articles", basic("editor"), "text/plain", text.bytes());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long articleId = created.json().get("id").asLong();
        long first = created.json().get("paragraphs").get(0).get("id").asLong();
        long second = created.json().get("paragraphs").get(1).get("id").asLong();
        assertThat(api.put(
                                "/api/v1/paragraphs/" + first,
                                basic("editor"),
                                body(Map.of(
                                        "text", "The corrected text keeps " + ALL + " as words.", "baseRevision", 1)))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/paragraphs/" + first + "/submit", basic("editor"), "application/json", new byte[0])
                        .status())
                .isEqualTo(200);
        var comment = api.post(
                "/api/v1/paragraphs/" + first + "/comments",
                basic("editor"),
                "application/json",
                body(Map.of("text", "@reviewer have a look at " + ALL)).getBytes());
        assertThat(comment.status()).as(comment.body()).isBetween(200, 201);
        AsUser.call("admin", () -> glossary.add("xss " + IMG, GlossaryKind.FORBIDDEN, SCRIPT, LINK), Role.ADMIN);
        AsUser.call(
                "admin",
                () -> accounts.create(
                        "markup-" + System.nanoTime() % 100000, "Mallory " + IMG + SVG, Set.of(Role.EDITOR)),
                Role.ADMIN);

        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port + "/";
        browser.get(base);
        signIn("reviewer");

        browser.get(base);
        shownAsText("article list", "vaadin-grid", "Markup probe <img src=x onerror=");

        browser.get(base + "articles/" + articleId);
        shownAsText("workspace", "#paragraph-1 .source-text", "<script>window.__xss='script'");
        assertThat(wait.until(visible("#paragraph-1 textarea")).getDomProperty("value"))
                .contains(IFRAME);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#paragraph-1 .history-button")))
                .click();
        shownAsText("history", ".history-panel", "<svg onload=");
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#paragraph-1 .comments-button")))
                .click();
        shownAsText("comments", ".comments-dialog .comment-text", "<a href=\"javascript:");
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

        browser.get(base + "review");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-grid-cell-content[contains(., '"
                        + text.title().substring(0, 20) + "')]")))
                .click();
        shownAsText("review queue", ".review-detail", "<iframe srcdoc=");

        browser.get(base + "notifications");
        shownAsText("notifications", ".notifications-view", "have a look at <img src=x onerror=");

        browser.get(base + "search");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-text-field[label[normalize-space()='Find']]//input")))
                .sendKeys("onerror");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Search']"))
                .click();
        shownAsText("search results", ".search-hit", "onerror=");

        conflictDialog(base, articleId, second, api);
        browser.quit();

        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base);
        signIn("admin");
        browser.get(base + "glossary");
        shownAsText("glossary", ".glossary-view", "xss <img src=x");
        browser.get(base + "accounts");
        shownAsText("accounts", "vaadin-grid", "Mallory <img src=x");
        for (String format : List.of("html", "redline-html")) {
            var export = api.get("/api/v1/articles/" + articleId + "/export?format=" + format, basic("admin"));
            assertThat(export.status()).isEqualTo(200);
            Path file = Files.createDirectories(Path.of("target", "xss")).resolve(format + ".html");
            Files.writeString(file, export.body());
            browser.get(file.toAbsolutePath().toUri().toString());
            shownAsText(format + " export", "body", "<script>window.__xss='script'");
        }
        assertThat(screens).isEqualTo(12);
    }

    /** The reviewer types in paragraph 2 while the editor saves it: the conflict dialog shows both texts. */
    private void conflictDialog(String base, long articleId, long paragraphId, Api api) {
        browser.get(base + "articles/" + articleId);
        WebElement mine = wait.until(visible("#paragraph-2 textarea"));
        mine.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Mine: " + SVG);
        wait.until(visible("#paragraph-2 .unsaved-mark"));
        assertThat(api.put(
                                "/api/v1/paragraphs/" + paragraphId,
                                basic("editor"),
                                body(Map.of("text", "Theirs: " + IMG + " " + LINK, "baseRevision", 1)))
                        .status())
                .isEqualTo(200);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#paragraph-2 .changed-elsewhere"), "Changed by editor"));
        browser.findElement(By.cssSelector("#paragraph-2 .save-button")).click();
        shownAsText("conflict dialog", ".conflict-columns", "Theirs: <img src=x onerror=");
        assertThat(browser.findElement(By.cssSelector(".conflict-columns")).getText())
                .contains("Mine: <svg onload=");
    }

    /** Waits until {@code css} shows {@code expected} as text, then checks that nothing ran and nothing was made. */
    private void shownAsText(String screen, String css, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
        HeadlessChromium.screenshot(browser, "xss-" + screen.replace(' ', '-'));
        assertThat(browser.executeScript("return window.__xss === undefined ? null : String(window.__xss)"))
                .as("a payload ran on the %s", screen)
                .isNull();
        assertThat(browser.getTitle()).as("title of the %s", screen).isNotEqualTo("XSS");
        assertThat(((Number) browser.executeScript(INJECTED_ELEMENTS)).intValue())
                .as("elements made from payloads on the %s", screen)
                .isZero();
        screens++;
    }

    private String body(Map<String, Object> fields) {
        return json.writeValueAsString(fields);
    }

    private static ExpectedCondition<WebElement> visible(String css) {
        return ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css));
    }

    private void signIn(String user) {
        WebElement name = wait.until(visible("input[name='username']"));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
