package org.ecstatic.runtime.serving;

import jakarta.servlet.FilterConfig;
import org.ecstatic.runtime.EcstaticException;
import org.ecstatic.runtime.StaticFilesFilter;

/**
 * The init parameters of {@link StaticFilesFilter}.
 *
 * @param corsAllowOrigin   the {@code Access-Control-Allow-Origin} value of served files, or null for none
 * @param maxCachedFileSize files up to this many bytes are held in memory
 * @param maxCacheBytes     at most this many bytes of files are held in memory in all
 */
record ServingOptions(String corsAllowOrigin, long maxCachedFileSize, long maxCacheBytes) {
    static final long DEFAULT_MAX_CACHED_FILE_SIZE = 64 * 1024;
    static final long DEFAULT_MAX_CACHE_BYTES = 16 * 1024 * 1024;

    /**
     * Reads the init parameters of a filter.
     *
     * @throws EcstaticException naming the parameter and its value when a size is not a whole number of bytes
     */
    static ServingOptions from(FilterConfig config) {
        String origin = config.getInitParameter(StaticFilesFilter.CORS_ALLOW_ORIGIN);
        return new ServingOptions(origin == null || origin.isBlank() ? null : origin.trim(),
                size(config, StaticFilesFilter.MAX_CACHED_FILE_SIZE, DEFAULT_MAX_CACHED_FILE_SIZE),
                size(config, StaticFilesFilter.MAX_CACHE_BYTES, DEFAULT_MAX_CACHE_BYTES));
    }

    /** Returns a new budget of memory for one index of files. */
    MemoryBudget newBudget() {
        return new MemoryBudget(maxCachedFileSize, maxCacheBytes);
    }

    private static long size(FilterConfig config, String name, long defaultValue) {
        String value = config.getInitParameter(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long size = Long.parseLong(value.trim());
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EcstaticException("The init parameter " + name + " of the filter " + config.getFilterName()
                + " is '" + value + "'; expected a whole number of bytes such as " + defaultValue
                + " (0 streams every file)");
    }
}
