package org.ecstatic.runtime;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The logical names asked for that have no hash, remembered so that each is reported once, not on
 * every request. Names can come from a request ({@code <static:url path="${param.p}"/>}), so what is
 * kept is bounded twice: at most {@link #LIMIT} names and {@link #MAX_CHARS} characters in all, a long
 * name counting as its first {@link #KEY_CHARS} characters. Past either bound one last warning says so
 * and further names are not reported. A name is shown in the log shortened and escaped
 * ({@link #shown}), so that it can neither flood the log nor forge a line of it.
 */
final class UnknownNames {
    /** How many distinct names are reported before reporting stops. */
    static final int LIMIT = 10_000;
    /** How many characters of names are kept in all before reporting stops. */
    static final int MAX_CHARS = 1_000_000;
    /** How many characters of one name are kept to tell it from others. */
    static final int KEY_CHARS = 256;
    /** How many characters of a name a message shows. */
    static final int SHOWN_CHARS = 120;

    private static final Logger LOG = Logger.getLogger(UnknownNames.class.getPackageName());

    private final Set<String> reported = new HashSet<>();
    private final int limit;
    private final int maxChars;
    private int chars;
    private boolean full;

    UnknownNames() {
        this(LIMIT, MAX_CHARS);
    }

    UnknownNames(int limit) {
        this(limit, MAX_CHARS);
    }

    UnknownNames(int limit, int maxChars) {
        this.limit = limit;
        this.maxChars = maxChars;
    }

    /**
     * Logs {@code warning} when {@code name} has not been reported before and neither bound is reached.
     * Only names that have no hash come here, so one lock keeps the count exact without costing a
     * page that uses known names anything.
     */
    synchronized void report(String name, String warning) {
        if (full) {
            return;
        }
        String key = name.length() <= KEY_CHARS ? name : name.substring(0, KEY_CHARS) + '\0' + name.length();
        if (reported.contains(key)) {
            return;
        }
        reported.add(key);
        chars += key.length();
        LOG.log(Level.WARNING, warning);
        if (reported.size() >= limit || chars >= maxChars) {
            full = true;
            LOG.log(Level.WARNING, "Ecstatic: " + reported.size() + " unknown static names reported; further ones are not.");
        }
    }

    /**
     * Returns {@code name} as a message shows it: at most {@link #SHOWN_CHARS} characters followed by
     * {@code … (N characters)} when longer, with line breaks, tabs and other control characters
     * written as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}.
     */
    static String shown(String name) {
        int end = Math.min(name.length(), SHOWN_CHARS);
        StringBuilder out = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (end < name.length()) {
            out.append("\u2026 (").append(name.length()).append(" characters)");
        }
        return out.toString();
    }
}
