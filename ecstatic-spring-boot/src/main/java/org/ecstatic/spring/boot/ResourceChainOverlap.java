package org.ecstatic.spring.boot;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * Refuses to start when Spring's own resource chain would version the URLs below Ecstatic's prefix too:
 * its content strategy would hash the hashed names again ({@code site.6f1cc78d265f-d14a229e….css}) or
 * replace Ecstatic's hash, so that the integrity value no longer matches the bytes; its fixed strategy
 * would move them to {@code /v12/static/…}, where Ecstatic does not serve them.
 */
final class ResourceChainOverlap {
    private static final String CHAIN = "spring.web.resources.chain";
    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private ResourceChainOverlap() {
    }

    /**
     * Checks the resource chain's strategies against the static prefix {@code prefix}.
     *
     * @throws EcstaticStartupException naming the property and how to resolve it when a strategy covers the prefix
     */
    static void check(Environment environment, String prefix) {
        Binder binder = Binder.get(environment);
        if (!binder.bind(CHAIN + ".enabled", Boolean.class).orElse(true)) {
            return;
        }
        String staticPathPattern = binder.bind("spring.mvc.static-path-pattern", String.class).orElse("/**");
        for (String strategy : List.of("content", "fixed")) {
            String key = CHAIN + ".strategy." + strategy;
            if (!binder.bind(key + ".enabled", Boolean.class).orElse(false)) {
                continue;
            }
            List<String> paths = binder.bind(key + ".paths", String[].class).map(List::of).orElse(List.of("/**"));
            for (String path : paths) {
                if (covers(staticPathPattern, path, prefix)) {
                    throw overlap(key, path, prefix);
                }
            }
        }
    }

    /**
     * Whether the strategy path {@code path} (relative to the static path pattern, as Spring matches it)
     * covers any URL below {@code prefix}.
     */
    static boolean covers(String staticPathPattern, String path, String prefix) {
        String base = staticPathPattern.endsWith("/**")
                ? staticPathPattern.substring(0, staticPathPattern.length() - 3) : "";
        String pattern = base + (path.startsWith("/") ? path : "/" + path);
        String root = prefix.substring(0, prefix.length() - 1);
        return root.isEmpty() || MATCHER.matchStart(pattern, root) || MATCHER.matchStart(pattern, prefix + "x");
    }

    private static EcstaticStartupException overlap(String key, String path, String prefix) {
        String others = key.endsWith("content") ? "hashes them again (site.6f1cc78d265f-d14a229e….css) or "
                + "replaces Ecstatic's hash, so that the integrity value no longer matches the bytes"
                : "moves them below a version (/v12" + prefix + "…), where Ecstatic does not serve them";
        return new EcstaticStartupException("Spring's resource chain versions the URLs below " + prefix
                + " too (" + key + ".enabled=true, " + key + ".paths includes " + path + "): it " + others + ".",
                "Leave the files below " + prefix + " to Ecstatic: set " + key + ".paths to paths outside "
                        + prefix + " (for example /js/**), or set " + key + ".enabled=false, or move Ecstatic's "
                        + "files elsewhere with ecstatic.prefix.", null);
    }
}
