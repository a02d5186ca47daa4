package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;

import java.nio.file.Path;
import java.util.Map;

/**
 * The module fixture src/test/resources/manifests/modules.json: js/app.js imports js/lib/format.js and
 * js/shared/util.js, format imports util, util imports app (a cycle); js/lazy.mjs imports an older file
 * that no logical name lists; vendor/tiny/index.js imports vendor/tiny/core.js; css/site.css is no module.
 */
final class Modules {
    static final Manifest MANIFEST = Manifest.read(Path.of("src/test/resources/manifests/modules.json"));

    private Modules() {
    }

    /** Returns resolution over the fixture at the context path /app with these settings. */
    static StaticUrls urls(Map<String, String> settings) {
        return StaticUrls.of(EcstaticConfig.from(settings::get), "/app", MANIFEST);
    }
}
