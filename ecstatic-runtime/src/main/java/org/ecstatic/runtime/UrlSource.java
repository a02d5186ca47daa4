package org.ecstatic.runtime;

import org.ecstatic.runtime.manifest.Manifest;

/**
 * Where {@link StaticUrls} learns the hashed names: a manifest ({@link ManifestUrls}) or, in dev mode,
 * the web application's files as they are now ({@link DevUrls}). Chosen once, when the web application
 * starts; nothing else asks which mode is on.
 */
sealed interface UrlSource extends AutoCloseable permits ManifestUrls, DevUrls {

    /**
     * Returns the whole URL of a logical name exactly as it is listed (no leading slash, query or
     * fragment), or null when this source has no URL worked out in advance for it.
     */
    String listedUrl(String name);

    /** Returns the hashed name of a logical name, or null when there is no such file. */
    String hashedName(String name);

    /** Returns the Subresource Integrity value of a logical name, or null when it is unknown or not recorded. */
    String integrity(String name);

    /** Returns the JavaScript modules of the manifest in service; in dev mode, {@link ModuleGraph#none()}. */
    ModuleGraph modules();

    /** Returns the manifest in service, or null in dev mode. */
    Manifest manifest();

    /** Returns why {@code name} has no hash, as a sentence's end: "is not in the manifest …". */
    String unknown(String name);

    /** Stops whatever watches the source; resolution goes on with what is in service. */
    @Override
    void close();
}
