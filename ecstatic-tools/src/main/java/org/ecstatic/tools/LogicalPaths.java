package org.ecstatic.tools;

import org.ecstatic.tools.rewrite.ReferenceTarget;


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
        String path;
        if (isPlain(target)) {
            path = target; // most are: nothing to split off or decode
        } else {
            ReferenceTarget parsed = ReferenceTarget.parse(target);
            if (parsed.path().isEmpty()) {
                return null;
            }
            path = parsed.decodedPath();
        }
        if (path == null) {
            return target;
        }
        if (path.startsWith("/")) {
            return path.startsWith(staticPrefix) ? normalize(path.substring(staticPrefix.length())) : null;
        }
        return normalize(referrer.substring(0, referrer.lastIndexOf('/') + 1) + path);
    }

    /** Whether {@code target} is a non-empty path with no query, fragment, percent escape or backslash. */
    private static boolean isPlain(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' || c == '#' || c == '%' || c == '\\') {
                return false;
            }
        }
        return !target.isEmpty();
    }

    /**
     * Drops the empty and {@code .} segments of {@code path} and lets each {@code ..} take back the segment
     * before it; a {@code ..} with nothing before it is kept at the start. Called for every reference of
     * a collect: it walks the path once and builds one string.
     */
    private static String normalize(String path) {
        int length = path.length();
        // the kept segments, as [start, end) ranges of path
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int climbs = 0;
        for (int start = 0; start <= length; ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = length;
            }
            int size = end - start;
            if (size == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                if (count == 0) {
                    climbs++;
                } else {
                    count--;
                }
            } else if (size > 0 && !(size == 1 && path.charAt(start) == '.')) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = end;
                count++;
            }
            start = end + 1;
        }
        StringBuilder normalized = new StringBuilder(length + 3 * climbs);
        normalized.append("../".repeat(climbs));
        for (int i = 0; i < count; i++) {
            normalized.append(path, starts[i], ends[i]).append(i + 1 < count ? "/" : "");
        }
        return path.endsWith("/") && count > 0 ? normalized.append('/').toString() : normalized.toString();
    }
}
