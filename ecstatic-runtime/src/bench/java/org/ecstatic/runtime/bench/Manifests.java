package org.ecstatic.runtime.bench;

import org.ecstatic.runtime.manifest.Digest;
import org.ecstatic.runtime.manifest.HashedName;
import org.ecstatic.runtime.manifest.Manifest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generated manifests of realistic names: {@code css/section-012/component-00345.css} and so on. */
final class Manifests {
    private static final String[] KINDS = {"css/section-%03d/component-%05d.css", "js/module-%03d/chunk-%05d.js",
            "img/set-%03d/picture-%05d.png", "fonts/family-%03d/face-%05d.woff2"};

    private Manifests() {
    }

    /** Returns the {@code n} logical names of a generated manifest. */
    static List<String> names(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> String.format(KINDS[i % KINDS.length], i / 100, i)).toList();
    }

    /** Returns a manifest of {@code n} logical names, each with one file entry. */
    static Manifest generate(int n) {
        Map<String, String> paths = new HashMap<>();
        Map<String, Manifest.FileEntry> files = new HashMap<>();
        for (String name : names(n)) {
            Digest digest = Digest.of(name.getBytes(StandardCharsets.UTF_8));
            String hashed = HashedName.format(name, digest.shortHex());
            paths.put(name, hashed);
            files.put(hashed, new Manifest.FileEntry(1000 + name.length(), digest.integrity(), List.of("br", "gzip")));
        }
        return Manifest.of(paths, files);
    }
}
