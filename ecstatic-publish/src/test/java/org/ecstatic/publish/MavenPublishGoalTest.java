package org.ecstatic.publish;

import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.ecstatic.tools.maven.PublishGoal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ecstatic:publish} with ecstatic-publish on the plugin's class path: the goal of ecstatic-tools finds
 * this publisher through ServiceLoader and publishes to a real S3 server.
 */
class MavenPublishGoalTest {
    @TempDir
    Path dir;
    S3Server server;
    Site site;
    List<String> logged = new ArrayList<>();

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
    }

    @AfterAll
    static void noCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @BeforeEach
    void start() throws Exception {
        server = S3Server.start(Files.createDirectories(dir.resolve("store")));
        server.createBucket("assets");
        site = Site.collect(dir.resolve("build"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    Mojo mojo(String to, String... settings) throws Exception {
        Mojo mojo = (Mojo) Class.forName("org.ecstatic.tools.maven.PublishMojo").getDeclaredConstructor().newInstance();
        set(mojo, "outputDirectory", site.output().toFile());
        set(mojo, "manifest", site.manifest().toFile());
        set(mojo, "to", to);
        set(mojo, "endpoint", server.endpoint().toString());
        set(mojo, "pathStyle", true);
        set(mojo, "region", "us-east-1");
        set(mojo, "concurrency", 8);
        set(mojo, "precompressed", true);
        set(mojo, "checksum", "sha256");
        for (int i = 0; i < settings.length; i += 2) {
            set(mojo, settings[i], settings[i + 1].equals("true") ? (Object) true : (Object) Integer.valueOf(settings[i + 1]));
        }
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        });
        return mojo;
    }

    static void set(Object mojo, String field, Object value) throws Exception {
        var f = mojo.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(mojo, value);
    }

    @Nested
    class TheGoal {
        @Test
        void findsThisPublisherAndPublishesLoggingTheSummary() throws Exception {
            mojo("s3://assets/static").execute();

            assertThat(logged).hasSize(1);
            assertThat(logged.get(0)).startsWith("published to s3://assets/static/: uploaded " + (site.outputNames().size() + 2)
                    + " objects (");
            try (S3Client s3 = server.client()) {
                assertThat(s3.getObjectAsBytes(r -> r.bucket("assets").key("static/.ecstatic/manifest.json")).asByteArray())
                        .isEqualTo(Files.readAllBytes(site.manifest()));
            }
        }

        @Test
        void inADryRunLogsEachUploadAndTheSummary() throws Exception {
            mojo("s3://assets/static", "dryRun", "true").execute();
            assertThat(logged).hasSize(site.outputNames().size() + 2 + 1);
            assertThat(logged.get(logged.size() - 1)).startsWith("dry run, nothing changed in s3://assets/static/");
        }

        @Test
        void turnsAFailureIntoABuildFailureWithTheSameMessage() throws Exception {
            assertThatThrownBy(() -> mojo("s3://no-such-bucket/static").execute()).isInstanceOf(MojoFailureException.class)
                    .hasMessage("The bucket no-such-bucket does not exist at " + server.endpoint() + ". Create it, or check"
                            + " the bucket name in s3://no-such-bucket/static/ and the endpoint.");
        }

        @Test
        void namesTheParameterThatIsWrong() throws Exception {
            assertThatThrownBy(() -> mojo("assets/static").execute()).isInstanceOf(MojoFailureException.class)
                    .hasMessage("ecstatic.publish.to: 'assets/static' is not of the form s3://BUCKET/PREFIX");
            assertThatThrownBy(() -> mojo("s3://assets/static", "keep", "0").execute()).isInstanceOf(MojoFailureException.class)
                    .hasMessage("ecstatic.publish.keep is 0; set it to 1 or more (the manifest just published is always kept),"
                            + " or leave it out to delete nothing.");
            assertThatThrownBy(() -> mojo("s3://assets/static", "concurrency", "0").execute()).isInstanceOf(MojoFailureException.class)
                    .hasMessage("ecstatic.publish.concurrency is 0; set it to 1 to 256.");
        }
    }

    @Nested
    class Discovery {
        @Test
        void isListedForServiceLoader() {
            assertThat(java.util.ServiceLoader.load(PublishGoal.class).stream().map(p -> p.type().getName()))
                    .containsExactly("org.ecstatic.publish.MavenPublishGoal");
        }
    }
}
