package org.ecstatic.demo;

import org.ecstatic.runtime.manifest.HashedName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's ES module page (modules.jsp) in Chromium, on a real container: what the browser asked for,
 * as the Resource Timing API lists it, and what the modules wrote into the page. Its entry module
 * imports {@code ./lib/format.js} and {@code ../shared/util.js}, the bare specifier {@code tiny-lib}
 * (which imports {@code ./version.js}) and, on demand, {@code ./lazy.js}; the hashed copies keep those
 * specifiers as written, so only the page's import map can send them to hashed files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModulesBrowserContract {
    /** Every module the page runs, by logical name. */
    static final List<String> MODULES = List.of("js/modules/app.js", "js/modules/lib/format.js", "js/shared/util.js",
            "js/modules/lazy.js", "vendor/tiny-lib/index.js", "vendor/tiny-lib/version.js");

    private Demo demo;
    private URI home;
    private ChromeDriver browser;
    private List<Map<String, Object>> requests;
    private List<LogEntry> console;

    /** Starts the container serving {@code webapp} at the root context; returns its base URI. */
    abstract URI start(Path webapp, Path temp) throws Exception;

    /** Stops the container. */
    abstract void stop() throws Exception;

    @BeforeAll
    void visit(@TempDir Path temp) throws Exception {
        Path webapp = DemoServer.builtWebapp();
        home = start(webapp, Files.createDirectories(temp.resolve("container")));
        demo = new Demo(webapp, home);
        browser = Chromium.start(Files.createDirectories(temp.resolve("profile")));
        browser.get(home.resolve("/modules.jsp").toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && document.documentElement.dataset.modules === 'loaded'")));
        requests = resources();
        console = browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    @AfterAll
    void quit() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            stop();
        }
    }

    @Test
    void theModulesRanAndWroteIntoThePageTheLazyAndTheBareSpecifierOnesIncluded() {
        assertThat(text("format")).isEqualTo("relative import: ok");
        assertThat(text("util")).isEqualTo("PARENT DIRECTORY: ok");
        assertThat(text("bare")).isEqualTo("bare specifier: tiny-lib 1.0");
        assertThat(text("lazy")).isEqualTo("dynamic import: ok");
    }

    @Test
    void everyModuleCameFromItsHashedUrlOnce() {
        List<String> scripts = paths().stream().filter(path -> path.endsWith(".js")).toList();
        assertThat(scripts).containsExactlyInAnyOrderElementsOf(MODULES.stream().map(demo::hashed).toList());
    }

    @Test
    void noUnhashedNameWasAskedFor() {
        assertThat(paths()).isNotEmpty().allSatisfy(path ->
                assertThat(HashedName.parse(path.substring(path.lastIndexOf('/') + 1))).as(path).isPresent());
        assertThat(paths()).doesNotContainAnyElementsOf(MODULES.stream().map(name -> "/static/" + name).toList());
    }

    @Test
    void eachRequestWasAnsweredWith200AndServedImmutable() throws Exception {
        assertThat(requests).allSatisfy(entry -> assertThat(entry.get("status")).as(entry.get("path").toString()).isEqualTo(200L));
        for (String path : paths()) {
            HttpResponse<byte[]> response = demo.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue(DemoContract.IMMUTABLE);
        }
    }

    @Test
    void theConsoleHasNoErrors() {
        assertThat(console.stream().filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList())
                .isEmpty();
    }

    private List<String> paths() {
        return requests.stream().map(entry -> (String) entry.get("path")).toList();
    }

    private String text(String id) {
        return (String) script("return document.getElementById(arguments[0]).textContent", id);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> resources() {
        return (List<Map<String, Object>>) script("return performance.getEntriesByType('resource').map(e => ({"
                + "path: new URL(e.name).pathname, status: e.responseStatus}))");
    }

    private Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }
}
