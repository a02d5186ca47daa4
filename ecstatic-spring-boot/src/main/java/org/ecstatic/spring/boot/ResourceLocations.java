package org.ecstatic.spring.boot;

import org.ecstatic.runtime.dev.FileLocator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.net.URL;
import java.util.List;

/**
 * Finds the static files in Spring resource locations, in order: {@code classpath:/META-INF/resources/static/}
 * and {@code classpath:/static/} by default, in target/classes as inside an executable jar, whose own
 * {@code META-INF/resources} the embedded container does not serve.
 */
final class ResourceLocations implements FileLocator {
    private final List<Resource> roots;
    private final List<String> locations;

    private ResourceLocations(List<String> locations, List<Resource> roots) {
        this.locations = locations;
        this.roots = roots;
    }

    /** Returns the locator over {@code locations} (Spring resource locations; a missing trailing {@code /} is added). */
    static ResourceLocations of(ResourceLoader loader, List<String> locations) {
        List<String> directories = locations.stream().map(l -> l.endsWith("/") ? l : l + "/").toList();
        return new ResourceLocations(directories, directories.stream().map(loader::getResource).toList());
    }

    /** Returns the first readable file {@code name} below the locations, or null when none holds it. */
    @Override
    public URL locate(String name) {
        for (Resource root : roots) {
            try {
                Resource file = root.createRelative(name);
                if (file.isReadable()) {
                    return file.getURL();
                }
            } catch (IOException e) {
                // not in this location
            }
        }
        return null;
    }

    /** Returns the locations, as the start-up log names them. */
    List<String> locations() {
        return locations;
    }

    @Override
    public String toString() {
        return String.join(", ", locations);
    }
}
