package org.ecstatic.spring.boot.thymeleaf;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code <link ecstatic:stylesheet="css/site.css">} and {@code <script ecstatic:script="js/app.js">}: writes
 * the hashed URL ({@code href} or {@code src}), {@code integrity} from the manifest and, for a URL on
 * another origin (a CDN), {@code crossorigin="anonymous"}; a stylesheet gets {@code rel="stylesheet"}
 * unless it has a {@code rel}. An attribute the element already has is kept. The value is a logical
 * name, or a Thymeleaf expression when it holds one ({@code ecstatic:script="${page.script}"}).
 */
final class ElementProcessor extends AbstractAttributeTagProcessor {
    /** What the processor writes on which element. */
    enum Kind {
        STYLESHEET("stylesheet", "link", "href"),
        SCRIPT("script", "script", "src");

        final String attribute;
        final String element;
        final String urlAttribute;

        Kind(String attribute, String element, String urlAttribute) {
            this.attribute = attribute;
            this.element = element;
            this.urlAttribute = urlAttribute;
        }
    }

    private final Kind kind;

    ElementProcessor(String dialectPrefix, Kind kind) {
        super(TemplateMode.HTML, dialectPrefix, kind.element, false, kind.attribute, true,
                org.thymeleaf.standard.StandardDialect.PROCESSOR_PRECEDENCE, true);
        this.kind = kind;
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                             String attributeValue, IElementTagStructureHandler structure) {
        String name = logicalName(context, attributeValue);
        TemplateUrls urls = TemplateUrls.of(context);
        String url = urls.url(name, new AskedBy(tag.getAttribute(attributeName).getAttributeCompleteName(), attributeValue, tag));
        structure.setAttribute(kind.urlAttribute, HtmlEscape.escapeHtml4Xml(url));
        if (kind == Kind.STYLESHEET && !tag.hasAttribute("rel")) {
            structure.setAttribute("rel", "stylesheet");
        }
        String integrity = urls.staticUrls().integrity(name);
        if (integrity != null && !tag.hasAttribute("integrity")) {
            structure.setAttribute("integrity", integrity);
        }
        if (urls.isCrossOrigin(url) && !tag.hasAttribute("crossorigin")) {
            structure.setAttribute("crossorigin", "anonymous");
        }
    }

    /** Returns the value as it is, or what it evaluates to when it holds a Thymeleaf expression. */
    static String logicalName(ITemplateContext context, String value) {
        String trimmed = value == null ? "" : value.trim();
        if (!isExpression(trimmed)) {
            return trimmed;
        }
        Object result = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, trimmed).execute(context);
        return result == null ? "" : result.toString().trim();
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("*{") || value.contains("#{") || value.startsWith("'")
                || value.startsWith("|");
    }
}
