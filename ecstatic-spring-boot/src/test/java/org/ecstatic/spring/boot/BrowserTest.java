package org.ecstatic.spring.boot;

import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test application's page in a real browser, Debian's headless Chromium driven by its chromedriver
 * (both paths given, so Selenium Manager never runs): the first visit loads every hashed file, the second
 * takes every one from the browser's cache without a request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final List<String> HASHED = List.of("/static/css/site.387bc6eb1883.css", "/static/js/app.f25396e444c5.js",
            "/static/img/logo.607f60e4e46b.svg");

    @LocalServerPort
    int port;
    ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path profile) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSecondVisitTakesEveryHashedFileFromTheCache() {
        visit("/");
        List<Map<String, Object>> first = timings();
        assertThat(first).extracting(entry -> entry.get("path")).containsAll(HASHED);
        for (String hashed : HASHED) {
            // fetched over the network (the page's preload of app.js may be taken from that fetch)
            assertThat(first).filteredOn(entry -> hashed.equals(entry.get("path"))).as(hashed)
                    .anySatisfy(entry -> {
                        assertThat(entry.get("status")).isEqualTo(200L);
                        assertThat(((Number) entry.get("transferSize")).longValue()).isPositive();
                    });
        }
        // the module script ran: its integrity matched the bytes
        assertThat(script("return document.documentElement.dataset.app")).isEqualTo("loaded");

        visit("/plain");
        visit("/");
        List<Map<String, Object>> second = timings();
        assertThat(second).extracting(entry -> entry.get("path")).containsAll(HASHED);
        assertThat(second).filteredOn(entry -> ((String) entry.get("path")).startsWith("/static/"))
                .allSatisfy(entry -> assertThat(((Number) entry.get("transferSize")).longValue())
                        .as("bytes over the network for %s", entry.get("path")).isZero());
    }

    void visit(String path) {
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> Boolean.TRUE.equals(script("return document.readyState === 'complete'")));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timings() {
        return (List<Map<String, Object>>) script("return performance.getEntriesByType('resource').map(e => ({"
                + "path: new URL(e.name).pathname, status: e.responseStatus, transferSize: e.transferSize}))");
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }
}
