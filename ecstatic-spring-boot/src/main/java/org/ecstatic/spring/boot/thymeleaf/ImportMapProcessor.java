package org.ecstatic.spring.boot.thymeleaf;

import org.ecstatic.runtime.ImportMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code <script ecstatic:importmap></script>} becomes {@code <script type="importmap">{"imports": {...},
 * "integrity": {...}}</script>}: every module of the manifest and every bare specifier of
 * {@code ecstatic.importmap} mapped to its hashed URL ({@link ImportMap#json()}; the element's body is
 * replaced). The value, when there is one, restricts the modules listed to the logical names that match
 * one of its comma-separated globs ({@code ecstatic:importmap="js/**"}); {@code ecstatic:importmap-paths}
 * restricts them to entry modules and what they import statically. Either may be a Thymeleaf expression.
 * The element gets the request attribute {@value ImportMap#NONCE_ATTRIBUTE} as its {@code nonce} unless
 * it has a {@code nonce} or {@code th:nonce} of its own.
 */
final class ImportMapProcessor extends AbstractAttributeTagProcessor {
    static final String ATTRIBUTE = "importmap";
    static final String PATHS_ATTRIBUTE = "importmap-paths";

    ImportMapProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, "script", false, ATTRIBUTE, true,
                StandardDialect.PROCESSOR_PRECEDENCE, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                             String attributeValue, IElementTagStructureHandler structure) {
        String prefix = attributeName.getPrefix();
        String pathsName = prefix + ":" + PATHS_ATTRIBUTE;
        String include = ElementProcessor.logicalName(context, attributeValue);
        String pathsValue = tag.getAttributeValue(pathsName);
        String paths = pathsValue == null ? "" : ElementProcessor.logicalName(context, pathsValue);
        String asked = tag.getAttribute(attributeName).getAttributeCompleteName();
        String value = attributeValue == null ? "" : attributeValue;
        if (pathsValue != null) {
            structure.removeAttribute(pathsName);
            value = value + "\" " + pathsName + "=\"" + pathsValue;
        }
        TemplateUrls urls = TemplateUrls.of(context);
        ImportMap importMap = urls.staticUrls().importMap(ImportMap.Options.all().including(include).entries(paths),
                new AskedBy(asked, value, tag));
        if (!tag.hasAttribute("type")) {
            structure.setAttribute("type", "importmap");
        }
        String nonce = urls.nonceFor(tag);
        if (nonce != null) {
            structure.setAttribute("nonce", HtmlEscape.escapeHtml4Xml(nonce));
        }
        structure.setBody(importMap.json(), false);
    }
}
