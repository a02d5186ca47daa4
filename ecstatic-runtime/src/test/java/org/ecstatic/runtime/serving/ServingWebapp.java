package org.ecstatic.runtime.serving;

import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.StaticUrls;
import org.ecstatic.runtime.manifest.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture web application under src/test/resources/webapps/serving (written by
 * src/test/fixtures/make-serving-webapp.py): static files, their hashed copies, .gz/.br siblings,
 * secrets in WEB-INF and META-INF, and the manifest.
 */
public final class ServingWebapp {
    public static final String SITE_CSS = "/static/css/site.512ca9ff1848.css";
    public static final String SITE_CSS_HASH = "512ca9ff1848";
    public static final String OLD_SITE_CSS = "/static/css/site.685577562c5f.css";
    public static final String APP_MJS = "/static/js/app.a02508e94dc2.mjs";
    public static final String ICONS_WOFF2 = "/static/fonts/icons.40ae74bd6d91.woff2";
    public static final String LOGO_SVG = "/static/img/logo.4f0115c44686.svg";
    public static final String BIG_BIN = "/static/data/big.1b07e1f38c10.bin";
    public static final String EMPTY_TXT = "/static/empty.e3b0c44298fc.txt";
    public static final String SOURCE_MAP = "/static/js/app.mjs.62d7ace3ed57.map";
    /** A file whose name needs percent-encoding in a URL (space, '#', ';', a letter beyond ASCII), as a path. */
    public static final String ODD_SVG = "/static/img/odd #2;caf\u00e9.d05c5bfb2ccd.svg";
    /** The same file as a URL asks for it. */
    public static final String ODD_SVG_URL = "/static/img/odd%20%232%3Bcaf%C3%A9.d05c5bfb2ccd.svg";
    /** A file with a '%' in its name too, as a path. */
    public static final String PERCENT_SVG = "/static/img/odd #1;100% caf\u00e9.2cb9d612b3f5.svg";
    /** The same file as a URL asks for it. */
    public static final String PERCENT_SVG_URL = "/static/img/odd%20%231%3B100%25%20caf%C3%A9.2cb9d612b3f5.svg";

    /** Files of the fixture that must never be served, in whole or in part. */
    public static final List<String> PROTECTED = List.of("WEB-INF", "META-INF", "static/WEB-INF",
            "static/META-INF", "static/manifest.json");

    private ServingWebapp() {
    }

    /** Returns the fixture's root directory (the web application's base resource). */
    public static Path root() {
        try {
            return Path.of(ServingWebapp.class.getResource("/webapps/serving").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the bytes of a file of the fixture, by its path in the web application. */
    public static byte[] bytes(String pathInContext) {
        try {
            return Files.readAllBytes(root().resolve(pathInContext.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns every line of at least 10 characters (trimmed) of the {@link #PROTECTED} files: a response
     * that holds one of them leaks a protected file.
     */
    public static List<String> protectedLines() {
        try (Stream<Path> files = PROTECTED.stream().map(root()::resolve).flatMap(ServingWebapp::walk)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(file -> lines(file).stream())
                    .map(String::trim)
                    .filter(line -> line.length() >= 10)
                    .distinct()
                    .toList();
        }
    }

    private static Stream<Path> walk(Path path) {
        try {
            return Files.walk(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the fixture's manifest. */
    public static Manifest manifest() {
        return Manifest.read(root().resolve("WEB-INF/classes/META-INF/ecstatic/manifest.json"));
    }

    /** Returns resolution over the fixture's manifest, as the start-up wiring would publish it. */
    public static StaticUrls urls(String contextPath) {
        return StaticUrls.of(EcstaticConfig.defaults(), contextPath, manifest());
    }
}
