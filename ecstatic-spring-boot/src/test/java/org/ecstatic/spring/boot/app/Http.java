package org.ecstatic.spring.boot.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests to the application on its port, and what the tests read from pages. */
public record Http(int port) {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public String page(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Returns the value of {@code attribute} in the first tag of the page that matches {@code tagPattern}. */
    public static String attribute(String page, String tagPattern, String attribute) {
        Matcher tag = Pattern.compile("<" + tagPattern + "[^>]*>").matcher(page);
        if (!tag.find()) {
            throw new AssertionError("no tag " + tagPattern + " in " + page);
        }
        Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(tag.group());
        return value.find() ? value.group(1) : null;
    }

    /** Returns the Subresource Integrity value of {@code bytes}: sha256- and the digest in base64. */
    public static String integrityOf(byte[] bytes) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
