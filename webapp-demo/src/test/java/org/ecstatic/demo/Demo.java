package org.ecstatic.demo;

import org.ecstatic.runtime.manifest.Manifest;
import org.ecstatic.runtime.manifest.UrlPaths;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built demo as the tests see it: its manifest, and HTTP requests to the container serving it.
 * {@link #expand(String)} fills a page template with what the manifest says: {@code {css/site.css}}
 * becomes the hashed URL, {@code {sri:css/site.css}} its integrity value.
 */
final class Demo {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(sri:)?([^}\\s][^}]*)}");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final Manifest manifest;
    private final URI base;

    Demo(Path webapp, URI base) {
        this.manifest = Manifest.read(webapp.resolve("WEB-INF/classes/META-INF/ecstatic/manifest.json"));
        this.base = base;
    }

    /**
     * Returns the URL path of a logical name's hashed file, e.g. {@code /static/css/site.3f2a1b9c0d4e.css},
     * percent-encoded as a URL holds it ({@code /static/img/badge%20%231%3Bcaf%C3%A9.<hash>.svg}).
     */
    String hashed(String logical) {
        String name = manifest.hashedName(logical);
        if (name == null) {
            throw new AssertionError(logical + " is not in the demo's manifest " + manifest.paths().keySet());
        }
        return "/static/" + UrlPaths.encode(name);
    }

    /** Returns {@code template} with each placeholder replaced by a hashed URL or an integrity value. */
    String expand(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String logical = placeholder.group(2);
            String value = placeholder.group(1) != null
                    ? manifest.file(manifest.hashedName(logical)).integrity()
                    : hashed(logical);
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(out).toString();
    }

    /** Returns the response to a GET of {@code path} (with any query), with the body as bytes. */
    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Returns the body of a 200 response to a GET of {@code path} as UTF-8 text. */
    String page(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " gave " + response.statusCode() + ":\n" + text);
        }
        return text;
    }
}
