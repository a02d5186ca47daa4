package org.ecstatic.runtime;

/**
 * One module a page may fetch before it runs: {@code <link rel="modulepreload" href="url" integrity="...">}.
 *
 * @param url       the module's hashed URL
 * @param integrity its Subresource Integrity value, or null when unknown (a Django manifest, an unknown name)
 */
public record ModulePreload(String url, String integrity) {
}
