package org.ecstatic.spring.boot.thymeleaf;

import org.ecstatic.runtime.ImportMap;
import org.ecstatic.runtime.Origin;
import org.ecstatic.runtime.StaticUrls;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.IWebRequest;


/**
 * The web application's {@link StaticUrls}, as a template being rendered for a request sees it, and
 * whether a URL is on another origin than that request's page.
 */
final class TemplateUrls {
    private final StaticUrls urls;
    private final IWebExchange exchange;
    private final IWebRequest request;

    private TemplateUrls(StaticUrls urls, IWebExchange exchange) {
        this.urls = urls;
        this.exchange = exchange;
        this.request = exchange.getRequest();
    }

    /**
     * Returns the URLs of the web application a template is rendered in.
     *
     * @throws TemplateProcessingException when the template is not rendered for a web request, or
     *                                     Ecstatic was not started in the application
     */
    static TemplateUrls of(IExpressionContext context) {
        if (!(context instanceof IWebContext web)) {
            throw new TemplateProcessingException("Ecstatic's #ecstatic and ecstatic:* attributes need "
                    + "a template rendered for a web request, where the application's StaticUrls are found; this one "
                    + "is rendered with a " + context.getClass().getName() + ".");
        }
        Object published = web.getExchange().getApplication().getAttributeValue(StaticUrls.ATTRIBUTE);
        if (!(published instanceof StaticUrls urls)) {
            throw new TemplateProcessingException("Ecstatic is not started in this web application: there is no "
                    + StaticUrls.ATTRIBUTE + " attribute. Check that ecstatic-spring-boot is on the class path and "
                    + "that ecstatic.enabled is not false.");
        }
        return new TemplateUrls(urls, web.getExchange());
    }

    /** Returns the URL of {@code logicalPath}; a warning about a name with no hash names {@code askedBy}. */
    String url(String logicalPath, Object askedBy) {
        return urls.url(logicalPath, askedBy);
    }

    /**
     * Returns the Content-Security-Policy nonce to add to {@code tag}: none when the tag has a {@code nonce}
     * of its own (or a {@code th:nonce} that gives it one), else the request attribute
     * {@value ImportMap#NONCE_ATTRIBUTE} as text, if set.
     */
    String nonceFor(IProcessableElementTag tag) {
        if (tag.hasAttribute("nonce") || tag.hasAttribute("th:nonce") || tag.hasAttribute("data-th-nonce")) {
            return null;
        }
        Object nonce = exchange.getAttributeValue(ImportMap.NONCE_ATTRIBUTE);
        return nonce == null ? null : nonce.toString();
    }

    StaticUrls staticUrls() {
        return urls;
    }

    /** Returns whether {@code url} is absolute or protocol-relative and not on the origin of the page's request. */
    boolean isCrossOrigin(String url) {
        Integer pagePort = request.getServerPort(); // unknown: no absolute URL counts as the page's origin
        return Origin.isCross(url, request.getScheme(), request.getServerName(), pagePort == null ? -1 : pagePort);
    }
}
