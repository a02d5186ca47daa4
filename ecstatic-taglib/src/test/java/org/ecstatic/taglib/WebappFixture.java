package org.ecstatic.taglib;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The fixture web application under src/test/resources/webapps/taglib, copied to a directory with
 * the tag library packed as WEB-INF/lib/ecstatic-taglib.jar, the way an application ships it.
 */
final class WebappFixture {
    /** The hashed names that the fixture's manifest gives css/site.css and js/app.js. */
    static final String SITE_CSS = "css/site.383b7421d1db.css";
    static final String APP_JS = "js/app.d5cc536d539e.js";

    private static final Path FIXTURE = Paths.get("src/test/resources/webapps/taglib");
    private static final Path WITHOUT_ECSTATIC = Paths.get("src/test/resources/webapps/taglib-off");
    private static final Path TAGLIB_CLASSES = Paths.get("target/classes");

    private WebappFixture() {
    }

    /** Returns the prepared web application directory inside {@code parent}. */
    static Path prepare(Path parent) throws IOException {
        return packed(parent.resolve("taglib"));
    }

    /**
     * Returns the same web application, prepared in another directory inside {@code parent}, with the
     * web.xml of src/test/resources/webapps/taglib-off, which does not declare Ecstatic's listener.
     */
    static Path withoutEcstatic(Path parent) throws IOException {
        Path webapp = packed(parent.resolve("taglib-off"));
        for (Path source : files(WITHOUT_ECSTATIC)) {
            Files.copy(source, webapp.resolve(WITHOUT_ECSTATIC.relativize(source).toString()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return webapp;
    }

    private static Path packed(Path webapp) throws IOException {
        copyTree(FIXTURE, webapp);
        Path lib = Files.createDirectories(webapp.resolve("WEB-INF/lib"));
        jar(TAGLIB_CLASSES, lib.resolve("ecstatic-taglib.jar"));
        return webapp;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path source : files(from)) {
            Path target = to.resolve(from.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
    }

    private static void jar(Path classes, Path jarFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            for (Path file : files(classes)) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
