package org.ecstatic.demo;

import org.eclipse.jetty.server.Server;
import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's dev mode on the demo: {@code -Decstatic.mode=dev} overrides web.xml's
 * {@code manifest}, and URLs then carry the hash of the files as they are in the web application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevModeIT {
    private Server server;
    private Demo demo;
    private Path webapp;

    @BeforeAll
    void start() throws Exception {
        webapp = DemoServer.builtWebapp();
        System.setProperty("ecstatic.mode", "dev");
        try {
            server = DemoServer.start(webapp, 0);
        } finally {
            System.clearProperty("ecstatic.mode");
        }
        demo = new Demo(webapp, server.getURI());
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void theManifestPageSaysDevMode() throws Exception {
        assertThat(demo.page("/manifest.jsp")).contains("""
                <table id="summary">
                <tr><th>mode</th><td>dev</td></tr>
                <tr><th>source</th><td>none: each file is hashed from the web application when first asked for</td></tr>
                </table>
                """);
    }

    @Test
    void urlsCarryTheHashOfTheFileAsItIsAndServeItRevalidated() throws Exception {
        byte[] source = Files.readAllBytes(webapp.resolve("static/css/site.css"));
        Digest digest = Digest.of(source);
        String url = "/static/css/site." + digest.shortHex() + ".css";
        assertThat(demo.page("/")).contains("<link rel=\"stylesheet\" href=\"" + url + "\" integrity=\""
                + digest.integrity() + "\"/>");
        HttpResponse<byte[]> css = demo.get(url);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(css.body()).isEqualTo(source);
    }
}
