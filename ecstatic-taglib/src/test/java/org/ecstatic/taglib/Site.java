package org.ecstatic.taglib;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture web application on a running container, as a browser sees it. The same application is
 * deployed five times: lax ({@code /lax}), strict ({@code /strict}), behind a CDN base URL
 * ({@code /cdn}), in dev mode ({@code /dev}, no manifest) and without Ecstatic started ({@code /off}).
 * All but the last map the bare module specifier {@code tiny} ({@value #IMPORT_MAP}).
 * <p>
 * One container serves every test class of a run, started by the first test that needs it and stopped
 * when the run ends. The system property {@value #CONTAINER} chooses it: {@code jetty} (the default) or
 * {@code tomcat}. Each of the build's two test runs sets it, because Jetty's Jasper and Tomcat's share
 * package names and cannot be on one class path.
 */
final class Site implements ExtensionContext.Store.CloseableResource {
    /** The system property that names the container: {@code jetty} or {@code tomcat}. */
    static final String CONTAINER = "ecstatic.test.container";
    /** The base URL of the {@code /cdn} deployment. */
    static final String CDN = "http://cdn.example.com/static/";
    /** The bare module specifiers of the deployments' import maps. */
    static final String IMPORT_MAP = "tiny=vendor/tiny/index.js";

    private final String name;
    private final Path temp;
    private final Container container;
    private final int port;

    private Site(String name, Path temp, Container container, int port) {
        this.name = name;
        this.temp = temp;
        this.container = container;
        this.port = port;
    }

    /** Starts the container named by {@value #CONTAINER} with the four deployments. */
    static Site start() throws Exception {
        String name = System.getProperty(CONTAINER, "jetty");
        Path temp = Files.createTempDirectory("ecstatic-taglib-" + name + "-");
        try {
            Container container = switch (name) {
                case "jetty" -> new JettyContainer();
                case "tomcat" -> new TomcatContainer(temp.resolve("container"));
                default -> throw new IllegalArgumentException(CONTAINER + "=" + name + "; use jetty or tomcat");
            };
            Path webapp = WebappFixture.prepare(temp);
            container.deploy("/lax", webapp, Map.of("ecstatic.importmap", IMPORT_MAP));
            container.deploy("/strict", webapp, Map.of("ecstatic.strict", "true", "ecstatic.importmap", IMPORT_MAP));
            container.deploy("/cdn", webapp, Map.of("ecstatic.baseUrl", CDN, "ecstatic.importmap", IMPORT_MAP));
            container.deploy("/dev", webapp, Map.of("ecstatic.mode", "dev", "ecstatic.importmap", IMPORT_MAP));
            container.deployWithoutInitializer("/off", WebappFixture.withoutEcstatic(temp));
            return new Site(name, temp, container, container.start());
        } catch (Exception | LinkageError e) {
            delete(temp);
            throw e;
        }
    }

    /** Returns the text of the page at {@code path}, asserting that it was served (200). */
    String page(String path) throws IOException {
        Http.Response response = get(path);
        assertThat(response.status()).as("status of " + path + " on " + name + ": " + response.text()).isEqualTo(200);
        return response.text();
    }

    /**
     * Returns the text of the container's error page for {@code path}, asserting a 500, with the
     * entities that the containers use unescaped, so that a message can be looked for as written.
     */
    String errorPage(String path) throws IOException {
        Http.Response response = get(path);
        assertThat(response.status()).as("status of " + path + " on " + name).isEqualTo(500);
        return unescape(response.text());
    }

    /**
     * Asserts that {@code path} fails with a 500 whose error page (the container's own) shows
     * {@code message}, in which {@code <url>} stands for the manifest's URL as the runtime names it.
     */
    void assertFailure(String path, String message) throws IOException {
        String url = "\\E[^ ]+\\Q";
        assertThat(errorPage(path)).containsPattern("\\Q" + message.replace("<url>", url) + "\\E");
    }

    /** Returns the response to {@code GET path}. */
    Http.Response get(String path) throws IOException {
        return Http.get(port, path);
    }

    /** Returns the response to {@code GET path} sent with {@code Host: host}. */
    Http.Response get(String path, String host) throws IOException {
        return Http.get(port, path, host);
    }

    @Override
    public void close() throws Exception {
        try {
            container.stop();
        } finally {
            delete(temp);
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&apos;", "'").replace("&#39;", "'").replace("&#47;", "/").replace("&amp;", "&");
    }

    private static void delete(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }

    /** Gives {@link OnContainer} tests the site, started once in the root context of the run. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Site.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(Site.class))
                    .getOrComputeIfAbsent(Site.class, key -> startSite(), Site.class);
        }

        private static Site startSite() {
            try {
                return start();
            } catch (Exception e) {
                throw new IllegalStateException("The " + System.getProperty(CONTAINER, "jetty")
                        + " container did not start", e);
            }
        }
    }
}
