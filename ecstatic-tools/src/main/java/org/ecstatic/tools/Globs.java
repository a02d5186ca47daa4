package org.ecstatic.tools;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A list of globs matched against logical paths ({@code css/site.css}). A glob without {@code /}
 * matches a file or directory name anywhere ({@code *.map}, {@code CVS}); a glob with {@code /}
 * matches the whole path from the static root ({@code vendor/**}). {@code *} and {@code ?} stay
 * within one name, {@code **} crosses directories, {@code {a,b}} is either.
 */
final class Globs {
    private final List<Predicate<String>> names;
    private final List<Predicate<String>> paths;

    private Globs(List<Predicate<String>> names, List<Predicate<String>> paths) {
        this.names = names;
        this.paths = paths;
    }

    /** Returns the globs; an empty list matches nothing. */
    static Globs of(List<String> globs) {
        return new Globs(
                globs.stream().filter(g -> !g.contains("/")).map(Globs::nameMatcher).toList(),
                globs.stream().filter(g -> g.contains("/"))
                        .map(g -> compile(g.startsWith("/") ? g.substring(1) : g).asMatchPredicate()).toList());
    }

    /** Returns whether the last name of {@code path}, or the whole path, matches. */
    boolean matches(String path) {
        if (names.isEmpty() && paths.isEmpty()) {
            return false;
        }
        String name = names.isEmpty() ? path : path.substring(path.lastIndexOf('/') + 1);
        for (Predicate<String> p : names) {
            if (p.test(name)) {
                return true;
            }
        }
        for (Predicate<String> p : paths) {
            if (p.test(path)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether any name along {@code path}, or the whole path, matches. */
    boolean matchesAnyName(String path) {
        if (matches(path)) {
            return true;
        }
        for (String name : path.split("/")) {
            for (Predicate<String> p : names) {
                if (p.test(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns a test of one name against a glob without {@code /}. The common shapes (a plain name,
     * {@code *.ext}, {@code prefix*}) are compared as strings: every file of every run is matched
     * against every exclude, so a regular expression for each would cost more than the listing.
     */
    private static Predicate<String> nameMatcher(String glob) {
        if (isLiteral(glob)) {
            return glob::equals;
        }
        String rest = glob.substring(1);
        String head = glob.substring(0, glob.length() - 1);
        if (glob.startsWith("*") && isLiteral(rest)) {
            return name -> name.endsWith(rest);
        }
        if (glob.endsWith("*") && isLiteral(head)) {
            return name -> name.startsWith(head);
        }
        return compile(glob).asMatchPredicate();
    }

    private static boolean isLiteral(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if ("*?{},".indexOf(glob.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean dirPrefix = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        regex.append(dirPrefix ? "(?:.*/)?" : ".*");
                        i += dirPrefix ? 2 : 1;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '{' -> {
                    inGroup = true;
                    regex.append("(?:");
                }
                case '}' -> {
                    inGroup = false;
                    regex.append(')');
                }
                case ',' -> regex.append(inGroup ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
