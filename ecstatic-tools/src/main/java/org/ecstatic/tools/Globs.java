package org.ecstatic.tools;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of globs matched against logical paths ({@code css/site.css}). A glob without {@code /}
 * matches a file or directory name anywhere ({@code *.map}, {@code CVS}); a glob with {@code /}
 * matches the whole path from the static root ({@code vendor/**}). {@code *} and {@code ?} stay
 * within one name, {@code **} crosses directories, {@code {a,b}} is either.
 */
final class Globs {
    private final List<Pattern> names;
    private final List<Pattern> paths;

    private Globs(List<Pattern> names, List<Pattern> paths) {
        this.names = names;
        this.paths = paths;
    }

    /** Returns the globs; an empty list matches nothing. */
    static Globs of(List<String> globs) {
        return new Globs(
                globs.stream().filter(g -> !g.contains("/")).map(Globs::compile).toList(),
                globs.stream().filter(g -> g.contains("/")).map(g -> compile(g.startsWith("/") ? g.substring(1) : g))
                        .toList());
    }

    /** Returns whether the last name of {@code path}, or the whole path, matches. */
    boolean matches(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return names.stream().anyMatch(p -> p.matcher(name).matches())
                || paths.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** Returns whether any name along {@code path}, or the whole path, matches. */
    boolean matchesAnyName(String path) {
        if (matches(path)) {
            return true;
        }
        for (String name : path.split("/")) {
            for (Pattern p : names) {
                if (p.matcher(name).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Pattern compile(String glob) {
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
