package org.ecstatic.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An import map for the JavaScript modules of the manifest: the URL of each module's logical name
 * mapped to its hashed URL, each configured bare specifier ({@code lit}) mapped to the hashed URL of
 * its module, and the Subresource Integrity value of every hashed URL it lists.
 *
 * <pre>{@code
 * ImportMap map = StaticUrls.get(request).importMap();
 * map.imports();   // {"/app/static/js/app.js": "/app/static/js/app.3f2a1b9c0d4e.js", "lit": "/app/static/vendor/lit/index.5d41402abc4b.js"}
 * map.integrity(); // {"/app/static/js/app.3f2a1b9c0d4e.js": "sha256-...", ...}
 * map.json();      // {"imports": {...}, "integrity": {...}}, safe to write between <script type="importmap"> and </script>
 * }</pre>
 *
 * Mapping the plain URL of every module to its hashed one makes even a relative import that was not
 * rewritten ({@code import './util.js'} in a hashed module) load the hashed file: a browser applies
 * the import map to a relative specifier after resolving it to a URL. Immutable; built once per
 * manifest and {@link Options} and kept by {@link StaticUrls}.
 */
public final class ImportMap {
    /**
     * The request attribute from which the tags take the Content-Security-Policy nonce when the page
     * gives none: set it (to the nonce of the response's {@code script-src}) in a filter.
     */
    public static final String NONCE_ATTRIBUTE = "ecstatic.nonce";

    private final SortedMap<String, String> imports;
    private final SortedMap<String, String> integrity;
    private final String json;

    ImportMap(SortedMap<String, String> imports, SortedMap<String, String> integrity) {
        this.imports = Collections.unmodifiableSortedMap(new TreeMap<>(imports));
        this.integrity = Collections.unmodifiableSortedMap(new TreeMap<>(integrity));
        this.json = toJson(this.imports, this.integrity);
    }

    /** Returns specifier (a module's plain URL, or a bare specifier) to hashed URL, sorted; never null. */
    public SortedMap<String, String> imports() {
        return imports;
    }

    /** Returns hashed URL to its {@code sha256-...} value, sorted; never null, empty with a Django manifest. */
    public SortedMap<String, String> integrity() {
        return integrity;
    }

    /**
     * Returns the import map as JSON: the members {@code imports} and {@code integrity}, keys sorted,
     * one entry a line. {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \u003c}
     * and so on, so that no name can end the {@code <script>} element the JSON is written into.
     */
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return json;
    }

    private static String toJson(SortedMap<String, String> imports, SortedMap<String, String> integrity) {
        StringBuilder out = new StringBuilder(64 + (imports.size() + integrity.size()) * 96);
        out.append("{\n");
        appendObject(out, "imports", imports).append(",\n");
        appendObject(out, "integrity", integrity).append("\n}");
        return out.toString();
    }

    private static StringBuilder appendObject(StringBuilder out, String name, SortedMap<String, String> members) {
        out.append("  \"").append(name).append("\": {");
        String separator = "\n";
        for (Map.Entry<String, String> member : members.entrySet()) {
            out.append(separator).append("    ");
            appendString(out, member.getKey()).append(": ");
            appendString(out, member.getValue());
            separator = ",\n";
        }
        return out.append(members.isEmpty() ? "}" : "\n  }");
    }

    /** Appends {@code s} as a JSON string that is safe inside an HTML {@code <script>} element. */
    static StringBuilder appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * Which modules an import map lists. {@link #all()}, the default, lists every module of the
     * manifest (each {@code .js} and {@code .mjs} logical name). Restricted by {@link #including}
     * (globs over logical names) and/or {@link #entries} (modules and everything they import
     * statically, as the manifest records it), it lists only those. The configured bare specifiers
     * ({@code ecstatic.importmap}) and the ones added by {@link #module} are always listed, with the
     * modules they import.
     *
     * @param include globs over logical names: {@code *} and {@code ?} within a segment, {@code **} across segments
     * @param entries logical names of entry modules, listed with their static import closure
     * @param modules bare specifiers added to the configured ones (and replacing one of the same name)
     */
    public record Options(List<String> include, List<String> entries, SortedMap<String, String> modules) {
        private static final Options ALL = new Options(List.of(), List.of(), null);

        public Options {
            include = List.copyOf(include);
            entries = entries.stream().map(entry -> entry.startsWith("/") ? entry.substring(1) : entry).toList();
            modules = BareSpecifiers.checked(modules, "import map modules");
        }

        /** Returns the default: every module of the manifest. */
        public static Options all() {
            return ALL;
        }

        /** Returns these options restricted to the logical names that match one of the comma-separated {@code globs}. */
        public Options including(String globs) {
            return new Options(concat(include, split(globs)), entries, modules);
        }

        /** Returns these options restricted to the comma-separated entry modules and their static imports. */
        public Options entries(String logicalNames) {
            return new Options(include, concat(entries, split(logicalNames)), modules);
        }

        /**
         * Returns these options with the bare specifier {@code specifier} mapped to the module {@code path}.
         *
         * @throws EcstaticException when the pair is not valid (see {@link EcstaticConfig#IMPORT_MAP})
         */
        public Options module(String specifier, String path) {
            TreeMap<String, String> more = new TreeMap<>(modules);
            more.put(specifier, BareSpecifiers.checkedPath(specifier, path, "An import map module"));
            return new Options(include, entries, more);
        }

        /** Returns whether only some of the manifest's modules are listed. */
        public boolean restricted() {
            return !include.isEmpty() || !entries.isEmpty();
        }

        private static List<String> split(String list) {
            List<String> items = new ArrayList<>();
            if (list != null) {
                for (String item : list.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            return items;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** Returns a glob as a pattern: {@code **} any characters, {@code *} any but {@code /}, {@code ?} one but {@code /}. */
    static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
