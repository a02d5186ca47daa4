package org.ecstatic.tools.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.tools.CollectOptions;
import org.ecstatic.tools.CollectReport;
import org.ecstatic.tools.Collector;
import org.ecstatic.tools.KeptVersions;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * {@code ecstatic:collect}: collects the static files of a web application with content-hashed names and
 * writes the manifest onto the classpath, with the same {@link Collector} the command line uses. Where
 * the files come from and go depends on the packaging:
 * <ul>
 * <li>{@code war}: from {@code src/main/webapp/static} into the exploded WAR's {@code static/};</li>
 * <li>any other ({@code jar}, a Spring Boot application): from {@code src/main/resources/static} into
 * {@code target/classes/META-INF/resources/static}, which the jar packs and a servlet container (and
 * Spring Boot) serves below {@code /static/}.</li>
 * </ul>
 * The manifest goes to {@code target/classes/META-INF/ecstatic/manifest.json} in both.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.ecstatic</groupId>
 *   <artifactId>ecstatic-tools</artifactId>
 *   <executions><execution><goals><goal>collect</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "collect", defaultPhase = LifecyclePhase.PREPARE_PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CollectMojo extends AbstractMojo {
    /**
     * The source directories; the first one with a path wins. Unset: src/main/webapp/static in a war
     * project, src/main/resources/static in any other (left out when it does not exist and webJars is on).
     */
    @Parameter(property = "ecstatic.sources")
    List<File> sources;

    /** Whether the META-INF/resources/ trees of the runtime dependency jars (WebJars) are sources too. */
    @Parameter(property = "ecstatic.webJars", defaultValue = "false")
    boolean webJars;

    /**
     * Where the collected files are written: the static root. Unset: the exploded WAR's static/ in a war
     * project (target/&lt;finalName&gt;/static); in any other, target/classes/META-INF/resources followed
     * by the static prefix (META-INF/resources/static).
     */
    @Parameter(property = "ecstatic.outputDirectory")
    File outputDirectory;

    /** Where the manifest is written (on the classpath, where the runtime looks for it). */
    @Parameter(property = "ecstatic.manifest",
            defaultValue = "${project.build.outputDirectory}/META-INF/ecstatic/manifest.json")
    File manifest;

    /** Where the state for incremental runs is kept. */
    @Parameter(property = "ecstatic.state", defaultValue = "${project.build.directory}/ecstatic/collect.state")
    File state;

    /** Globs of files left out; the defaults are .*, *~, CVS and Thumbs.db. */
    @Parameter(property = "ecstatic.excludes")
    List<String> excludes;

    /** Globs of files written under their own names only (robots.txt, service workers). */
    @Parameter(property = "ecstatic.noHash")
    List<String> noHash;

    /** Whether a reference to a file that does not exist fails the build. */
    @Parameter(property = "ecstatic.strict", defaultValue = "false")
    boolean strict;

    /** Globs of missing references that are expected (e.g. *.map). */
    @Parameter(property = "ecstatic.ignoreMissing")
    List<String> ignoreMissing;

    /** How unchanged sources are recognised: mtime (size and time, hash when they differ) or hash. */
    @Parameter(property = "ecstatic.compare", defaultValue = "mtime")
    String compare;

    /** Whether .gz and .br forms of compressible files are written. */
    @Parameter(property = "ecstatic.precompress", defaultValue = "true")
    boolean precompress;

    /** Whether the import specifiers of JavaScript modules are rewritten to hashed names. */
    @Parameter(property = "ecstatic.modules", defaultValue = "true")
    boolean modules;

    /** The Brotli quality of the .br forms, 0 to 11 (11 compresses a few percent better, many times slower). */
    @Parameter(property = "ecstatic.brotliQuality", defaultValue = "8")
    int brotliQuality;

    /** How many versions of each file to keep after collecting; all of them when not set. */
    @Parameter(property = "ecstatic.keep")
    Integer keep;

    /** Where the static root is mounted in the web application. */
    @Parameter(property = "ecstatic.staticPrefix", defaultValue = "/static/")
    String staticPrefix;

    /** Skips the goal. */
    @Parameter(property = "ecstatic.skip", defaultValue = "false")
    boolean skip;

    /** The project, for the jars of its runtime dependencies (webJars). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("ecstatic:collect skipped");
            return;
        }
        try {
            CollectOptions options = options();
            CollectReport report = Collector.collect(options);
            log(report);
            if (keep != null) {
                getLog().info(KeptVersions.prune(options.output(), options.manifest(), options.state(), keep).summary());
            }
        } catch (EcstaticException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** Returns the options of this run, from the parameters; package-private for the tests of that mapping. */
    CollectOptions options() {
        CollectOptions.Builder builder = CollectOptions.builder(outputDirectory().toPath(), manifest.toPath())
                .state(state.toPath());
        sources().forEach(source -> builder.source(source.toPath()));
        if (webJars) {
            project.getArtifacts().stream().filter(a -> "jar".equals(a.getType()) && a.getFile() != null)
                    .filter(a -> !Artifact.SCOPE_TEST.equals(a.getScope()) && !Artifact.SCOPE_PROVIDED.equals(a.getScope()))
                    .forEach(a -> builder.jar(a.getFile().toPath()));
        }
        if (excludes != null && !excludes.isEmpty()) {
            builder.excludes(excludes);
        }
        return builder.noHash(listOrEmpty(noHash)).strict(strict).ignoreMissing(listOrEmpty(ignoreMissing))
                .compare(compare()).precompress(precompress).modules(modules).brotliQuality(brotliQuality).staticPrefix(staticPrefix).build();
    }

    private boolean isWar() {
        return "war".equals(project.getPackaging());
    }

    /**
     * Returns the configured sources, or else the default directory of the project's packaging: checked to
     * exist, unless the WebJars are sources (then a project may have no files of its own).
     */
    private List<File> sources() {
        if (sources != null && !sources.isEmpty()) {
            return sources;
        }
        File source = new File(project.getBasedir(), isWar() ? "src/main/webapp/static" : "src/main/resources/static");
        if (source.isDirectory()) {
            return List.of(source);
        }
        if (webJars) {
            return List.of();
        }
        throw new EcstaticException("The source directory " + source + " does not exist; it is where a "
                + project.getPackaging() + " project keeps its static files by default. Create it and put "
                + "the files there, or name the directories that hold them with <sources> (ecstatic.sources).");
    }

    /** Returns the configured output directory, or the default of the project's packaging. */
    private File outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory;
        }
        if (isWar()) {
            return new File(project.getBuild().getDirectory(), project.getBuild().getFinalName() + "/static");
        }
        String root = staticPrefix == null ? "static" : staticPrefix.replaceAll("^/+|/+$", "");
        return new File(project.getBuild().getOutputDirectory(), "META-INF/resources/" + root);
    }

    private CollectOptions.Compare compare() {
        try {
            return CollectOptions.Compare.valueOf(compare.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EcstaticException("ecstatic.compare is '" + compare + "'; set it to mtime or hash.");
        }
    }

    private void log(CollectReport report) {
        report.notes().forEach(getLog()::info);
        report.warnings().forEach(getLog()::warn);
        getLog().info(report.summary());
    }

    private static List<String> listOrEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
