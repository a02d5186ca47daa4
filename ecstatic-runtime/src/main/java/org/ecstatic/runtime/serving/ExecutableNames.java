package org.ecstatic.runtime.serving;

import jakarta.servlet.ServletContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names below the static prefix that the container would run rather than send: JSP pages
 * ({@code .jsp}, {@code .jspx}, {@code .jspf}) and whatever a servlet other than the default one is
 * mapped to, by extension ({@code *.do}), by path ({@code /static/api/*}) or exactly. The filter never
 * sends such a file's source, in any mode, whatever the manifest or the prefix ({@code ecstatic.prefix=/}
 * puts the whole web application below it).
 */
final class ExecutableNames {
    private static final List<String> PAGES = List.of("jsp", "jspx", "jspf");

    private final String prefix;
    private final Set<String> extensions = new HashSet<>(PAGES);
    private final Set<String> exact = new HashSet<>();
    private final Set<String> pathPrefixes = new HashSet<>();

    private ExecutableNames(String prefix) {
        this.prefix = prefix;
    }

    /** Returns the executable names of {@code context}, whose static files sit below {@code prefix}. */
    static ExecutableNames of(ServletContext context, String prefix) {
        return of(prefix, context.getServletRegistrations().values().stream()
                .flatMap(registration -> registration.getMappings().stream()).toList());
    }

    /** Returns the executable names below {@code prefix} of servlets with these URL patterns. */
    static ExecutableNames of(String prefix, Collection<String> mappings) {
        ExecutableNames names = new ExecutableNames(prefix);
        mappings.forEach(names::add);
        return names;
    }

    /** Returns whether the file {@code name} (relative to the prefix) is one the container would run. */
    boolean matches(String name) {
        int dot = name.lastIndexOf('.');
        if (dot > name.lastIndexOf('/') && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        String path = prefix + name;
        if (exact.contains(path)) {
            return true;
        }
        for (String pathPrefix : pathPrefixes) {
            if (path.startsWith(pathPrefix)) {
                return true;
            }
        }
        return false;
    }

    private void add(String mapping) {
        if (mapping.startsWith("*.")) {
            extensions.add(mapping.substring(2).toLowerCase(Locale.ROOT));
        } else if (mapping.endsWith("/*")) {
            pathPrefixes.add(mapping.substring(0, mapping.length() - 1));
        } else if (!mapping.isEmpty() && !mapping.equals("/")) {
            exact.add(mapping);
        }
    }
}
