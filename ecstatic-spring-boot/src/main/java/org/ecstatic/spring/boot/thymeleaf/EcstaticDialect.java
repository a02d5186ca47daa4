package org.ecstatic.spring.boot.thymeleaf;

import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

import java.util.Set;

/**
 * Hashed static URLs in Thymeleaf templates, from the manifest the application loaded:
 *
 * <pre>{@code
 * <html xmlns:th="http://www.thymeleaf.org" xmlns:ecstatic="https://ecstatic.org/thymeleaf">
 * <link ecstatic:stylesheet="css/site.css">   <!-- rel, href, integrity (crossorigin for a CDN) -->
 * <script ecstatic:script="js/app.js" defer></script>
 * <script ecstatic:importmap></script>        <!-- type="importmap", the JSON of ImportMap (nonce from ecstatic.nonce) -->
 * <link ecstatic:modulepreload="js/app.js">  <!-- one rel="modulepreload" link per module of the import closure -->
 * <img th:src="${#ecstatic.url('img/logo.png')}">
 * <link rel="preload" th:href="${#ecstatic.url('fonts/a.woff2')}" th:integrity="${#ecstatic.integrity('fonts/a.woff2')}">
 * }</pre>
 *
 * The URLs are written as they are, without {@code encodeURL}, so they never carry a {@code ;jsessionid}.
 * Registered as a bean by the auto-configuration when Thymeleaf is on the class path.
 */
public class EcstaticDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {
    /** The attribute prefix: {@code ecstatic:stylesheet}. */
    public static final String PREFIX = "ecstatic";

    private final IExpressionObjectFactory expressions = new EcstaticExpressionFactory();

    public EcstaticDialect() {
        super("Ecstatic", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new ElementProcessor(dialectPrefix, ElementProcessor.Kind.STYLESHEET),
                new ElementProcessor(dialectPrefix, ElementProcessor.Kind.SCRIPT),
                new ImportMapProcessor(dialectPrefix), new ModulePreloadProcessor(dialectPrefix));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return expressions;
    }
}
