package org.ecstatic.runtime.manifest;

/**
 * The rule every name in a manifest, a collector state or a jar's {@code META-INF/resources/} obeys
 * before it becomes a file or a URL: a plain path relative to the static root, which no file
 * operation can take outside the directory it is resolved against. Forward slashes between
 * non-empty segments; no {@code .} or {@code ..} segment, no leading {@code /}, no drive letter, no
 * backslash and no NUL.
 *
 * <pre>{@code
 * Names.problem("css/site.css");          // null: a plain name
 * Names.problem("../../WEB-INF/web.xml"); // "holds a '..' segment; names stay below the static root"
 * }</pre>
 */
public final class Names {
    private Names() {
    }

    /**
     * Returns what is wrong with {@code name}, as the end of a sentence that starts "the name "x" ",
     * or null when it is a plain relative name.
     */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.charAt(0) == '/') {
            return "starts with '/'; names are relative to the static root";
        }
        if (name.length() > 1 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            return "starts with a drive letter; names are relative to the static root";
        }
        int segmentStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : '/';
            if (c == '\\') {
                return "holds '\\'; names use forward slashes";
            }
            if (c == 0) {
                return "holds a NUL character";
            }
            if (c == '/') {
                String problem = segmentProblem(name, segmentStart, i);
                if (problem != null) {
                    return problem;
                }
                segmentStart = i + 1;
            }
        }
        return null;
    }

    /** Returns whether {@code name} is a plain relative name: {@link #problem} finds nothing wrong. */
    public static boolean isPlain(String name) {
        return problem(name) == null;
    }

    private static String segmentProblem(String name, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return "holds an empty segment ('//' or a '/' at the end)";
        }
        if (name.charAt(start) == '.' && (length == 1 || length == 2 && name.charAt(start + 1) == '.')) {
            return length == 1 ? "holds a '.' segment" : "holds a '..' segment; names stay below the static root";
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
