package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.ReferenceTarget;

import java.util.ArrayDeque;
import java.util.Deque;

/** Resolves a reference, as written in one file, to the logical path of the file it names. */
final class LogicalPaths {
    private LogicalPaths() {
    }

    /**
     * Returns the logical path that {@code target}, written in the file {@code referrer}, names:
     * relative to the referrer's directory, or root-absolute under {@code staticPrefix}. A path that
     * climbs above the static root keeps its leading {@code ..}, and one that ends in {@code /} keeps
     * that slash (it names a directory): no file has either, so both are reported as missing.
     *
     * @return the logical path; null when the target is not a static file (root-absolute outside
     *         the prefix, or without a path); the target as written when it cannot be decoded
     */
    static String resolve(String referrer, String target, String staticPrefix) {
        ReferenceTarget parsed = ReferenceTarget.parse(target);
        if (parsed.path().isEmpty()) {
            return null;
        }
        String path = parsed.decodedPath();
        if (path == null) {
            return target;
        }
        if (path.startsWith("/")) {
            return path.startsWith(staticPrefix) ? normalize(path.substring(staticPrefix.length())) : null;
        }
        return normalize(referrer.substring(0, referrer.lastIndexOf('/') + 1) + path);
    }

    private static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        int climbs = 0;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    climbs++;
                } else {
                    segments.removeLast();
                }
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        String normalized = "../".repeat(climbs) + String.join("/", segments);
        return path.endsWith("/") && !segments.isEmpty() ? normalized + "/" : normalized;
    }
}
