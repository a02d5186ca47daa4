package org.ecstatic.spring.boot;

import org.ecstatic.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test application started as {@code main} starts it, on a real embedded Tomcat, with a manifest that
 * is missing or broken: Spring Boot's failure report shows what went wrong and what to do, from
 * {@link EcstaticFailureAnalyzer} (found through META-INF/spring.factories), not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
    @TempDir
    Path dir;

    static void start(String... args) {
        SpringApplication application = new SpringApplication(TestApplication.class);
        application.run(args);
    }

    @Test
    void aMissingManifestInManifestModeIsReportedWithTheGoalToRun(CapturedOutput output) {
        assertThatThrownBy(() -> start("--server.port=0", "--ecstatic.mode=manifest",
                "--ecstatic.manifest=classpath:META-INF/missing/manifest.json"))
                .hasRootCauseInstanceOf(org.ecstatic.runtime.EcstaticException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", """
                Description:

                The manifest classpath:META-INF/missing/manifest.json is not there, and ecstatic.mode=manifest needs it to start.

                Action:

                Run ecstatic:collect before the application starts: in a jar project it writes \
                target/classes/META-INF/ecstatic/manifest.json and the hashed files below \
                target/classes/META-INF/resources/static/. Bind it to the process-classes phase so that \
                spring-boot:run and the tests run it too. Or point ecstatic.manifest at the manifest, or set \
                ecstatic.mode=auto to hash the files on demand when there is no manifest.
                """);
    }

    @Test
    void aBrokenManifestIsReportedWithItsLineAndColumn(CapturedOutput output) throws Exception {
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, "{\n  \"version\": 1,\n  \"paths\": {\n}\n");
        assertThatThrownBy(() -> start("--server.port=0", "--ecstatic.manifest=file:" + manifest));
        assertThat(output).contains("APPLICATION FAILED TO START", "Description:\n\nThe manifest " + manifest
                + " is not valid JSON at line 5", "Action:\n\nCollect the static files again (mvn process-classes runs "
                + "ecstatic:collect when it is bound to that phase), so that a whole manifest replaces this one, or point "
                + "ecstatic.manifest at a valid manifest.\n");
    }

    @Test
    void springsContentStrategyOverThePrefixIsReportedWithHowToResolveIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--server.port=0", "--spring.web.resources.chain.strategy.content.enabled=true"));
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Description:\n\nSpring's resource chain versions the URLs below /static/ too",
                "Action:\n\nLeave the files below /static/ to Ecstatic");
    }
}
