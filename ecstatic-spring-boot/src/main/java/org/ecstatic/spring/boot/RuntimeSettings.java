package org.ecstatic.spring.boot;

import org.ecstatic.runtime.EcstaticConfig;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.StaticFilesFilter;
import org.springframework.util.unit.DataSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ecstatic.*} properties turned into what the runtime takes: its configuration, the serving
 * filter's init parameters, and the resource locations the files are read from.
 *
 * @param config            the runtime's configuration
 * @param manifestLocation  the manifest as the properties name it, for messages
 * @param locations         the locations set by {@code ecstatic.locations}, or empty for the defaults
 * @param servingParameters the init parameters of {@code StaticFilesFilter}
 */
record RuntimeSettings(EcstaticConfig config, String manifestLocation, List<String> locations,
                       Map<String, String> servingParameters) {
    static final String CLASSPATH = "classpath:";
    static final String SOURCES = "classpath:/static/";

    /**
     * Returns the settings of {@code properties}; an unset mode is dev while spring-boot-devtools is active.
     *
     * @throws EcstaticStartupException naming the property when a value is not valid
     */
    static RuntimeSettings of(EcstaticProperties properties, boolean devtools) {
        EcstaticConfig.Mode mode = properties.getMode() != null ? properties.getMode()
                : devtools ? EcstaticConfig.Mode.DEV : EcstaticConfig.Mode.AUTO;
        EcstaticConfig config;
        try {
            config = new EcstaticConfig(manifestName(properties.getManifest()), mode, trimmed(properties.getPrefix()),
                    trimmed(properties.getBaseUrl()), properties.isStrict());
            if (properties.getImportmap() != null && !properties.getImportmap().isEmpty()) {
                config = config.withImportMap(properties.getImportmap());
            }
        } catch (EcstaticException e) {
            throw wrongProperty(e.getMessage(), e);
        }
        Map<String, String> serving = new LinkedHashMap<>();
        String origin = trimmed(properties.getCorsAllowOrigin());
        if (origin != null) {
            serving.put(StaticFilesFilter.CORS_ALLOW_ORIGIN, origin);
        }
        serving.put(StaticFilesFilter.MAX_CACHED_FILE_SIZE, bytes("ecstatic.max-cached-file-size", properties.getMaxCachedFileSize()));
        serving.put(StaticFilesFilter.MAX_CACHE_BYTES, bytes("ecstatic.max-cache-bytes", properties.getMaxCacheBytes()));
        List<String> locations = properties.getLocations() == null ? List.of()
                : properties.getLocations().stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        return new RuntimeSettings(config, properties.getManifest(), locations, Map.copyOf(serving));
    }

    /**
     * Returns where the files are read from, in order: {@code ecstatic.locations} when set; else the
     * collected files ({@code classpath:/META-INF/resources<prefix>}) and the sources
     * ({@code classpath:/static/}), the sources first in dev mode.
     */
    List<String> locations(boolean dev) {
        if (!locations.isEmpty()) {
            return locations;
        }
        String collected = "classpath:/META-INF/resources" + config.prefix();
        return dev ? List.of(SOURCES, collected) : List.of(collected, SOURCES);
    }

    /** Returns an exception naming a wrong {@code ecstatic.*} value, and what to do. */
    static EcstaticStartupException wrongProperty(String description, Throwable cause) {
        return new EcstaticStartupException(description, "Correct the ecstatic.* property in application.properties "
                + "(or wherever it is set: application.yml, an environment variable, a command-line argument).", cause);
    }

    /** Returns the runtime's name of the manifest: a class-path resource without "classpath:", or a file: path. */
    private static String manifestName(String manifest) {
        String value = trimmed(manifest);
        if (value == null) {
            return EcstaticConfig.DEFAULT_MANIFEST;
        }
        String name = value.startsWith(CLASSPATH) ? value.substring(CLASSPATH.length()) : value;
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static String bytes(String property, DataSize size) {
        if (size == null || size.isNegative()) {
            throw wrongProperty(property + " is '" + size + "'; expected a size of 0 or more, such as 64KB", null);
        }
        return Long.toString(size.toBytes());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
