package org.ecstatic.spring.boot.thymeleaf;

/**
 * The {@code #ecstatic} expression object of Thymeleaf templates.
 *
 * <pre>{@code
 * <img th:src="${#ecstatic.url('img/logo.png')}">                 <!-- /static/img/logo.1c2d3e4f5a6b.png -->
 * <link th:integrity="${#ecstatic.integrity('css/site.css')}">    <!-- sha256-…; no attribute when unknown -->
 * }</pre>
 */
public final class EcstaticExpressions {
    private final TemplateUrls urls;
    private final String template;

    /** @param template the name of the template being rendered, for warnings; null when unknown */
    EcstaticExpressions(TemplateUrls urls, String template) {
        this.urls = urls;
        this.template = template;
    }

    /**
     * Returns the URL of a logical name: the context path, the prefix and the hashed name (or the
     * configured base URL and the hashed name), with any query or fragment kept.
     *
     * @throws org.ecstatic.runtime.EcstaticException in strict mode, when the name has no hash
     */
    public String url(String logicalPath) {
        return urls.url(logicalPath, "#ecstatic.url('" + logicalPath + "')"
                + (template == null ? "" : " in the template " + template));
    }

    /** Returns the Subresource Integrity value ({@code sha256-…}) of a logical name, or null when unknown. */
    public String integrity(String logicalPath) {
        return urls.staticUrls().integrity(logicalPath);
    }
}
