package org.ecstatic.runtime;

import org.ecstatic.runtime.WebApp.Container;
import org.ecstatic.runtime.manifest.Digest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dev mode ({@code ecstatic.mode=dev}): hashes from the web application's own files, in a real container. */
class DevUrlsTest {
    @TempDir
    Path root;

    WebApp.Setup dev(Container container) throws Exception {
        return new WebApp.Setup(container, WebApp.copy(root, "site")).parameter("ecstatic.mode", "dev");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void hashesTheFileAsItIsInTheWebApplication(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = dev(container).start()) {
            assertThat(app.urls().isDev()).isTrue();
            assertThat(app.urls().manifest()).isNull();
            assertThat(app.get("/urls?name=/js/app.js?v=1")).isEqualTo("/app/static/js/app.23f4382db037.js?v=1");
            assertThat(app.urls().integrity("js/app.js")).isEqualTo("sha256-I/Q4LbA3hts2YwmzIF7KwavHw/Z1rE6vPdyBJ4CAcDo=");
            assertThat(log.messages(Level.INFO)).containsExactly(
                    "Ecstatic: dev mode (ecstatic.mode=dev): hashing the files under /static/ on demand");
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void takesAHashOrQuestionMarkAsPartOfTheNameWhenAFileIsNamedSo(Container container) throws Exception {
        WebApp.Setup setup = dev(container);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("static/img/badge #1;caf\u00e9.svg"), svg);
        String hash = Digest.of(svg).shortHex();
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = setup.start()) {
            assertThat(app.urls().url("img/badge #1;caf\u00e9.svg"))
                    .isEqualTo("/app/static/img/badge%20%231%3Bcaf%C3%A9." + hash + ".svg");
            assertThat(app.urls().integrity("img/badge #1;caf\u00e9.svg")).isEqualTo(Digest.of(svg).integrity());
            assertThat(app.urls().url("js/app.js#top")).isEqualTo("/app/static/js/app.23f4382db037.js#top");
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void readsThroughTheServletContextFromAPackedWar(Container container) throws Exception {
        Path war = WebApp.war(WebApp.copy(root.resolve("site"), "site"));
        try (WebApp app = new WebApp.Setup(container, war).parameter("ecstatic.mode", "dev").start()) {
            String real = app.context().getRealPath("/static/js/app.js");
            assertThat(real == null || !Files.exists(Path.of(real))).as("not a file on disk: %s", real).isTrue();
            assertThat(app.get("/urls?name=js/app.js")).isEqualTo("/app/static/js/app.23f4382db037.js");
            assertThat(app.urls().integrity("js/app.js")).isEqualTo("sha256-I/Q4LbA3hts2YwmzIF7KwavHw/Z1rE6vPdyBJ4CAcDo=");
            assertThat(app.get("/urls?name=js/none.js")).isEqualTo("/app/static/js/none.js");
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void givesAnEditedFileANewUrlWithoutARestart(Container container) throws Exception {
        Path css = root.resolve("static/css/site.css");
        try (WebApp app = dev(container).start()) {
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            Files.writeString(css, "body { color: #444; }\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(css, FileTime.from(Instant.now().plusSeconds(5)));
            String hash = Digest.of("body { color: #444; }\n".getBytes(StandardCharsets.UTF_8)).shortHex();
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site." + hash + ".css");
            assertThat(app.urls().integrity("css/site.css"))
                    .isEqualTo(Digest.of("body { color: #444; }\n".getBytes(StandardCharsets.UTF_8)).integrity());
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void givesAFileWhoseSizeChangedAtTheSameTimeANewUrl(Container container) throws Exception {
        Path css = root.resolve("static/css/site.css");
        try (WebApp app = dev(container).start()) {
            FileTime modified = Files.getLastModifiedTime(css);
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            byte[] edited = "body { color: #333; margin: 0; }\n".getBytes(StandardCharsets.UTF_8);
            Files.write(css, edited);
            Files.setLastModifiedTime(css, modified);
            assertThat(app.get("/urls?name=css/site.css"))
                    .isEqualTo("/app/static/css/site." + Digest.of(edited).shortHex() + ".css");
            assertThat(app.urls().integrity("css/site.css")).isEqualTo(Digest.of(edited).integrity());
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void takesTheHashedNameAndTheIntegrityFromOneRead(Container container) throws Exception {
        Path css = root.resolve("static/css/site.css");
        try (WebApp app = dev(container).start()) {
            byte[] original = Files.readAllBytes(css);
            FileTime modified = Files.getLastModifiedTime(css);
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
            // the same size and the same time: the stamp the read was cached under still holds
            byte[] sameStamp = "body { color: #444; }\n".getBytes(StandardCharsets.UTF_8);
            assertThat(sameStamp).hasSameSizeAs(original);
            Files.write(css, sameStamp);
            Files.setLastModifiedTime(css, modified);
            assertThat(app.urls().integrity("css/site.css")).isEqualTo(Digest.of(original).integrity())
                    .isEqualTo("sha256-l+LpSQPMMpMHVk1GTGt9GJ+npCNXtk3cQDGcVnRww40=");
            assertThat(app.get("/urls?name=css/site.css")).isEqualTo("/app/static/css/site.97e2e94903cc.css");
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void treatsAMissingFileAsUnknown(Container container) throws Exception {
        try (LogCapture log = LogCapture.ecstatic(); WebApp app = dev(container).start()) {
            assertThat(app.get("/urls?name=css/none.css")).isEqualTo("/app/static/css/none.css");
            assertThat(app.get("/urls?name=../WEB-INF/web.xml")).isEqualTo("/app/static/../WEB-INF/web.xml");
            assertThat(app.urls().integrity("css/none.css")).isNull();
            assertThat(log.messages(Level.WARNING)).first().isEqualTo("Ecstatic: the static file 'css/none.css' does "
                    + "not exist under /static/ in the web application (dev mode); its URL carries no hash. Check the "
                    + "name, or collect the static files again.");
        }
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void throwsForAMissingFileInStrictMode(Container container) throws Exception {
        try (WebApp app = dev(container).parameter("ecstatic.strict", "true").start()) {
            assertThatThrownBy(() -> app.urls().url("css/none.css")).hasMessage("The static file 'css/none.css' "
                    + "does not exist under /static/ in the web application (dev mode). Check the name, "
                    + "or collect the static files again (ecstatic.strict=true).");
        }
    }
}
