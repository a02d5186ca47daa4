package org.ecstatic.demo;

import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo in a real browser: Debian's headless Chromium driven by its chromedriver ({@link Chromium}).
 * The demo runs on Jetty 12.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    /** Every subresource the home page loads, directly or from its CSS (the SVG twice: as a document and an image). */
    private static final List<String> SUBRESOURCES = List.of("css/site.css", "css/base.css", "css/reset.css",
            "js/app.js", "js/widget.mjs", "fonts/demo-sans.woff2", "img/stripes.png", "img/icons.svg",
            "img/badge #1;caf\u00e9.svg");

    private Server server;
    private Demo demo;
    private URI home;
    private ChromeDriver browser;
    private List<Map<String, Object>> firstVisit;
    private List<LogEntry> firstVisitConsole;

    @BeforeAll
    void start(@TempDir Path profile) throws Exception {
        Path webapp = DemoServer.builtWebapp();
        server = DemoServer.start(webapp, 0);
        home = server.getURI();
        demo = new Demo(webapp, home);
        browser = Chromium.start(profile);
        browser.get(home.toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && document.documentElement.dataset.app === 'loaded'"
                        + " && document.fonts.status === 'loaded'"
                        + " && document.getElementById('widget').textContent === 'module loaded'"
                        + " && document.getElementById('font-family').textContent !== '(waiting)'")));
        firstVisit = timings();
        firstVisitConsole = browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        server.stop();
    }

    @Nested
    class FirstVisit {
        @Test
        void everySubresourceCameFromAHashedUrlWith200() {
            assertThat(firstVisit).extracting(entry -> Map.of("path", entry.get("path"), "status", entry.get("status")))
                    .hasSameElementsAs(SUBRESOURCES.stream()
                    .map(logical -> Map.<String, Object>of("path", demo.hashed(logical), "status", 200L))
                    .toList());
        }

        @Test
        void theConsoleHasNoErrors() {
            List<LogEntry> errors = firstVisitConsole.stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                    .toList();
            assertThat(errors).isEmpty();
        }

        @Test
        void theWebFontFromTheStylesheetIsLoadedAndUsed() {
            assertThat(script("return [...document.fonts].filter(f => f.family.includes('Ecstatic Demo Sans'))"
                    + ".map(f => f.status)")).isEqualTo(List.of("loaded"));
            assertThat(script("return document.fonts.check('16px \"Ecstatic Demo Sans\"')")).isEqualTo(true);
            assertThat(script("return document.getElementById('font-family').textContent"))
                    .isEqualTo("\"Ecstatic Demo Sans\", sans-serif");
        }

        @Test
        void theImagesReferencedFromTheStylesheetLoad() {
            String hero = (String) script("return getComputedStyle(document.querySelector('.hero')).backgroundImage");
            assertThat(hero).isEqualTo("url(\"" + home.resolve(demo.hashed("img/stripes.png")) + "\")");
            assertThat(naturalWidth(hero)).isEqualTo(24L);
            String logo = (String) script("return getComputedStyle(document.querySelector('.logo')).backgroundImage");
            assertThat(logo).isEqualTo("url(\"" + home.resolve(demo.hashed("img/icons.svg")) + "#logo-view\")");
            assertThat(naturalWidth(logo)).isEqualTo(64L);
        }

        @Test
        void aFileWhoseNameAUrlMustEncodeLoadsFromTheTagAndFromTheStylesheet() {
            String encoded = demo.hashed("img/badge #1;caf\u00e9.svg");
            assertThat(encoded).contains("/img/badge%20%231%3Bcaf%C3%A9.");
            assertThat(script("return document.getElementById('badge').naturalWidth")).isEqualTo(16L);
            assertThat(script("return new URL(document.getElementById('badge').src).pathname")).isEqualTo(encoded);
            String badge = (String) script("return getComputedStyle(document.querySelector('.badge')).backgroundImage");
            assertThat(badge).isEqualTo("url(\"" + home.resolve(encoded) + "\")");
            assertThat(naturalWidth(badge)).isEqualTo(16L);
        }
    }

    @Nested
    class SecondVisit {
        @Test
        void theHashedFilesComeFromTheBrowserCache() {
            browser.get(home.resolve("/jstl.jsp").toString());
            browser.get(home.toString());
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver ->
                    Boolean.TRUE.equals(script("return document.readyState === 'complete' && document.fonts.status === 'loaded'")));
            List<Map<String, Object>> network = timings().stream()
                    .filter(entry -> ((Number) entry.get("transferSize")).longValue() != 0)
                    .toList();
            assertThat(network).isEmpty();
            assertThat(timings()).extracting(entry -> entry.get("path"))
                    .contains(demo.hashed("css/site.css"), demo.hashed("js/app.js"));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timings() {
        return (List<Map<String, Object>>) script("return performance.getEntriesByType('resource').map(e => ({"
                + "path: new URL(e.name).pathname, status: e.responseStatus, transferSize: e.transferSize}))");
    }

    private Object naturalWidth(String cssUrl) {
        String url = cssUrl.substring("url(\"".length(), cssUrl.length() - "\")".length());
        return browser.executeAsyncScript("const done = arguments[arguments.length - 1]; const image = new Image();"
                + "image.onload = () => done(image.naturalWidth); image.onerror = () => done(-1);"
                + "image.src = arguments[0];", url);
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }
}
