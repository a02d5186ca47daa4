package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Names;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bare module specifiers of an import map ({@code lit}, {@code three/}), each mapped to the
 * logical name of the module it stands for ({@code vendor/lit/index.js}) or, for a specifier ending in
 * {@code /}, to a directory of modules ({@code vendor/lit/}). Written in configuration as
 * {@code lit=vendor/lit/index.js, three/=vendor/three/}.
 */
final class BareSpecifiers {
    private BareSpecifiers() {
    }

    /**
     * Returns the specifiers of a configuration value, sorted; empty for null.
     *
     * @param key the configuration key, named in messages
     * @throws EcstaticException naming the key, the value and the entry when an entry is not {@code specifier=path}
     */
    static SortedMap<String, String> parse(String value, String key) {
        TreeMap<String, String> specifiers = new TreeMap<>();
        if (value == null) {
            return Collections.unmodifiableSortedMap(specifiers);
        }
        for (String entry : value.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw new EcstaticException(key + " is '" + value + "': '" + trimmed
                        + "' is not specifier=path; expected for example lit=vendor/lit/index.js");
            }
            String specifier = trimmed.substring(0, equals).trim();
            if (specifiers.containsKey(specifier)) {
                throw new EcstaticException(key + " is '" + value + "': the specifier '" + specifier
                        + "' is given twice; keep one");
            }
            specifiers.put(specifier, trimmed.substring(equals + 1).trim());
        }
        return checked(specifiers, key);
    }

    /**
     * Returns the specifiers checked and normalized (a leading {@code /} of a path dropped), sorted and
     * unmodifiable; empty for null.
     *
     * @param where what gave them, named in messages ({@code ecstatic.importmap}, or a tag)
     * @throws EcstaticException naming {@code where}, the specifier and what to do when one is not valid
     */
    static SortedMap<String, String> checked(Map<String, String> specifiers, String where) {
        TreeMap<String, String> checked = new TreeMap<>();
        if (specifiers != null) {
            specifiers.forEach((specifier, path) -> checked.put(specifier, checkedPath(specifier, path, where)));
        }
        return Collections.unmodifiableSortedMap(checked);
    }

    /**
     * Returns {@code path} without a leading {@code /}, after checking the pair.
     *
     * @throws EcstaticException naming {@code where}, the specifier and what to do when the pair is not valid
     */
    static String checkedPath(String specifier, String path, String where) {
        String problem = problem(specifier, path);
        if (problem != null) {
            throw new EcstaticException(where + ": the module specifier '" + specifier + "' mapped to '" + path
                    + "' " + problem);
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String problem(String specifier, String path) {
        if (specifier == null || specifier.isEmpty()) {
            return "has no specifier; write specifier=path, for example lit=vendor/lit/index.js";
        }
        for (int i = 0; i < specifier.length(); i++) {
            char c = specifier.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == '=' || c < 0x20) {
                return "holds a space, a comma, an '=' or a control character; a specifier is one word such as lit";
            }
        }
        if (path == null || path.isEmpty()) {
            return "has no path; name a logical name under the static root, for example vendor/lit/index.js";
        }
        String name = path.startsWith("/") ? path.substring(1) : path;
        boolean prefix = specifier.endsWith("/");
        if (prefix != name.endsWith("/")) {
            return prefix
                    ? "ends with '/' but the path does not; a prefix maps to a directory such as vendor/lit/"
                    : "names a directory; a specifier without a trailing '/' maps to one module such as vendor/lit/index.js";
        }
        String problem = Names.problem(prefix ? name.substring(0, name.length() - 1) : name);
        return problem == null ? null : "is not a logical name under the static root: it " + problem;
    }
}
