package org.ecstatic.tools.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goal without ecstatic-publish among the plugin's dependencies, as this module's tests run it
 * (ecstatic-publish's own tests run it with the publisher present).
 */
class PublishMojoTest {
    @TempDir
    Path project;
    RecordingLog log;
    PublishMojo mojo;

    @BeforeEach
    void mojoWithTheDefaults() {
        log = new RecordingLog();
        mojo = new PublishMojo();
        mojo.outputDirectory = project.resolve("target/app-1.0/static").toFile();
        mojo.manifest = project.resolve("target/classes/META-INF/ecstatic/manifest.json").toFile();
        mojo.to = "s3://assets/static";
        mojo.concurrency = 8;
        mojo.precompressed = true;
        mojo.checksum = "sha256";
        mojo.setLog(log);
    }

    @Nested
    class WithoutEcstaticPublish {
        @Test
        void failsSayingWhichDependencyThePluginNeeds() {
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessage("ecstatic:publish needs org.ecstatic:ecstatic-publish as a <dependency> of the ecstatic-tools"
                            + " plugin (inside its <plugin> element, not the project's <dependencies>): it carries the AWS SDK"
                            + " that this plugin leaves out.");
        }
    }

    @Nested
    class Parameters {
        @Test
        void withoutATargetFailsSayingHowToGiveOne() {
            mojo.to = null;
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessage("ecstatic:publish needs to know where to publish: set <to>s3://BUCKET/PREFIX</to> in its"
                            + " configuration, or -Decstatic.publish.to=s3://BUCKET/PREFIX.");
        }

        @Test
        void skipDoesNothingButSaySo() throws Exception {
            mojo.skip = true;
            mojo.execute();
            assertThat(log.lines).isEqualTo(List.of("[info] ecstatic:publish skipped"));
        }
    }
}
